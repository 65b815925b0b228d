using Claims.Domain.Common;

namespace Claims.Web.Features.Financials;

/// <summary>Field checks the money endpoints share; each adds its message under the field's name.</summary>
public static class MoneyInput
{
    public const decimal Max = 100_000_000m;

    public static decimal Amount(Dictionary<string, string[]> errors, string field, decimal? value, bool allowZero)
    {
        if (value is not { } amount || amount < 0m || (!allowZero && amount == 0m) || amount > Max || !Money.HasAtMostTwoDecimals(amount))
        {
            errors[field] = [$"An amount {(allowZero ? "from 0" : "above 0")} to {Max:N0} with at most 2 decimals."];
            return 0m;
        }

        return amount;
    }

    public static string Text(Dictionary<string, string[]> errors, string field, string? value, int max, bool required = true)
    {
        if ((required && string.IsNullOrWhiteSpace(value)) || value?.Length > max)
        {
            errors[field] = [$"{(required ? "Required, a" : "A")}t most {max} characters."];
            return "";
        }

        return value?.Trim() ?? "";
    }

    public static T Choice<T>(Dictionary<string, string[]> errors, string field, string? value, T? fallback = null)
        where T : struct, Enum
    {
        if (value is null && fallback is { } given)
        {
            return given;
        }

        if (EnumText.TryParse(value, out T parsed))
        {
            return parsed;
        }

        errors[field] = [$"One of: {EnumText.Names<T>()}."];
        return default;
    }
}
