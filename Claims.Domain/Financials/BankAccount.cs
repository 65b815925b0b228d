namespace Claims.Domain.Financials;

/// <summary>IBAN-like account numbers: two letters, two check digits, 11–30 letters or digits (spaces allowed when typed).</summary>
public static class BankAccount
{
    public const int MaxLength = 34;

    public static string Normalise(string account) => account.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    /// <summary>Why the account is refused, or null when its format is right.</summary>
    public static string? Check(string? account)
    {
        var text = account is null ? "" : Normalise(account);
        var valid = text.Length is >= 15 and <= MaxLength
            && char.IsAsciiLetter(text[0]) && char.IsAsciiLetter(text[1]) && char.IsAsciiDigit(text[2]) && char.IsAsciiDigit(text[3])
            && text.Skip(4).All(char.IsAsciiLetterOrDigit);
        return valid ? null : "An account is two letters, two check digits and 11 to 30 letters or digits (IBAN-like, e.g. CN12 3456 7890 1234 567).";
    }

    /// <summary>Pages show the country, check digits and last four characters only.</summary>
    public static string Mask(string account) =>
        account.Length <= 8 ? new string('•', account.Length) : $"{account[..4]} •••• {account[^4..]}";
}
