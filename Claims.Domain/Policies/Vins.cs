namespace Claims.Domain.Policies;

/// <summary>VIN rules of ISO 3779 / GB 16735: 17 characters, no I, O or Q, check digit in position 9.</summary>
public static class Vins
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
    private static readonly int[] Weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

    public static bool IsWellFormed(string? vin) =>
        vin is { Length: 17 } && vin.ToUpperInvariant().All(c => Alphabet.Contains(c));

    /// <summary>The check character for position 9 (index 8); '0'..'9' or 'X'.</summary>
    public static char CheckDigit(string vin)
    {
        if (!IsWellFormed(vin))
        {
            throw new ArgumentException($"'{vin}' is not a 17-character VIN.", nameof(vin));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Transliterate(char.ToUpperInvariant(vin[i])) * Weights[i];
        }

        var remainder = sum % 11;
        return remainder == 10 ? 'X' : (char)('0' + remainder);
    }

    public static bool HasValidCheckDigit(string vin) => IsWellFormed(vin) && char.ToUpperInvariant(vin[8]) == CheckDigit(vin);

    private static int Transliterate(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'H' => c - 'A' + 1,
        >= 'J' and <= 'N' => c - 'J' + 1,
        'P' => 7,
        'R' => 9,
        >= 'S' and <= 'Z' => c - 'S' + 2,
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };
}
