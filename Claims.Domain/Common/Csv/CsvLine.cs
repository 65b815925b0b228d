using System.Globalization;
using System.Text.RegularExpressions;

namespace Claims.Domain.Common.Csv;

/// <summary>One data line bound to the header; each typed read records its own error and returns a placeholder.</summary>
public sealed partial class CsvLine(int line, IReadOnlyList<string> fields, IReadOnlyDictionary<string, int> columns)
{
    public int Line { get; } = line;
    public List<string> Errors { get; } = [];

    public string? Raw(string column) =>
        columns.TryGetValue(column, out var index) ? fields[index].Trim() : null;

    public string Text(string column, int maxLength)
    {
        var value = Raw(column);
        if (string.IsNullOrEmpty(value))
        {
            Errors.Add($"'{column}' is required.");
            return "";
        }

        if (value.Length > maxLength)
        {
            Errors.Add($"'{column}' is longer than {maxLength} characters.");
        }

        return value;
    }

    /// <summary>Codes (regions, models, positions): upper-case letters, digits, '-' and '_'.</summary>
    public string Code(string column, int maxLength)
    {
        var value = Text(column, maxLength).ToUpperInvariant();
        if (value.Length > 0 && !CodePattern().IsMatch(value))
        {
            Errors.Add($"'{column}' '{value}' may hold only letters, digits, '-' and '_'.");
        }

        return value;
    }

    /// <summary>A plain decimal ("1234.5"): no sign, thousands separator or exponent; at most two decimals.</summary>
    public decimal Amount(string column, decimal max, bool allowZero = true)
    {
        var value = Raw(column);
        if (string.IsNullOrEmpty(value))
        {
            Errors.Add($"'{column}' is required.");
            return 0m;
        }

        if (!decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            Errors.Add($"'{column}' '{value}' is not a number like 1234.50.");
            return 0m;
        }

        if (!Money.HasAtMostTwoDecimals(number))
        {
            Errors.Add($"'{column}' '{value}' has more than two decimals.");
        }
        else if (number > max || (!allowZero && number == 0m))
        {
            Errors.Add($"'{column}' {value} is outside {(allowZero ? "0" : "0 (excluded)")} to {max}.");
        }

        return number;
    }

    public DateOnly Date(string column) => OptionalDate(column, required: true) ?? default;

    public DateOnly? OptionalDate(string column, bool required = false)
    {
        var value = Raw(column);
        if (string.IsNullOrEmpty(value))
        {
            if (required)
            {
                Errors.Add($"'{column}' is required.");
            }

            return null;
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Errors.Add($"'{column}' '{value}' is not a date like 2026-01-31.");
            return null;
        }

        return date;
    }

    public T Enum<T>(string column) where T : struct, Enum
    {
        var value = Raw(column);
        if (EnumText.TryParse<T>(value, out var parsed))
        {
            return parsed;
        }

        Errors.Add(string.IsNullOrEmpty(value)
            ? $"'{column}' is required; one of: {EnumText.Names<T>()}."
            : $"'{column}' '{value}' is not one of: {EnumText.Names<T>()}.");
        return default;
    }

    public PriceBand Band(string column)
    {
        var value = Raw(column);
        if (PriceBands.TryParse(value, out var band))
        {
            return band;
        }

        Errors.Add($"'{column}' '{value}' is not a price band 1–5 or one of: {EnumText.Names<PriceBand>()}.");
        return PriceBand.Under60k;
    }

    [GeneratedRegex("^[A-Z0-9_-]+$")]
    private static partial Regex CodePattern();
}
