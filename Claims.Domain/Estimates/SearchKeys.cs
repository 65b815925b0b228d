using System.Text;

namespace Claims.Domain.Estimates;

/// <summary>Normalised forms stored beside names and part numbers so prefix look-ups can use a plain index.</summary>
public static class SearchKeys
{
    /// <summary>"5G0 807-221" and "5g0807221" are the same part number: letters and digits only, upper case.</summary>
    public static string PartNumber(string partNumber)
    {
        var key = new StringBuilder(partNumber.Length);
        foreach (var c in partNumber)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToUpperInvariant(c));
            }
        }

        return key.ToString();
    }

    /// <summary>Names compare case-insensitively with single spaces.</summary>
    public static string Name(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToUpperInvariant();

    /// <summary>An exclusive upper bound for strings starting with <paramref name="prefix"/> ("FRONT" → "FRONU"), for an index range.</summary>
    public static string PrefixUpperBound(string prefix) =>
        prefix.Length == 0 || prefix[^1] == char.MaxValue ? prefix + char.MaxValue : prefix[..^1] + (char)(prefix[^1] + 1);
}
