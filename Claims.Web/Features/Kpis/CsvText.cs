using System.Globalization;
using System.Text;

namespace Claims.Web.Features.Kpis;

/// <summary>RFC 4180 text for every CSV the app writes: invariant culture, quoted when a field needs it, formulas made inert.</summary>
public static class CsvText
{
    /// <summary>Characters a spreadsheet reads as the start of a formula (OWASP, CSV injection).</summary>
    private static readonly char[] FormulaPrefixes = ['=', '+', '-', '@', '\t', '\r'];

    public static string Write(IReadOnlyList<string> header, IEnumerable<IEnumerable<object?>> rows)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', header.Select(Cell)).Append("\r\n");
        foreach (var row in rows)
        {
            text.AppendJoin(',', row.Select(Cell)).Append("\r\n");
        }

        return text.ToString();
    }

    /// <summary>Numbers stay numbers (a negative amount is no formula); every text cell is neutralised, then quoted if needed.</summary>
    public static string Cell(object? value) => value switch
    {
        null => "",
        decimal d => d.ToString("0.####", CultureInfo.InvariantCulture),
        int or long or short or byte or double or float => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => Field(Neutralise(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")),
    };

    /// <summary>A text starting like a formula gets a leading apostrophe, so the spreadsheet shows it as text.</summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && Array.IndexOf(FormulaPrefixes, text[0]) >= 0 ? "'" + text : text;

    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n', ';']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
