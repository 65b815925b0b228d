namespace Claims.Domain.Common;

/// <summary>LINQ-style sums of money in memory (EF queries sum the stored decimal instead).</summary>
public static class MoneyEnumerable
{
    public static Money Sum<T>(this IEnumerable<T> items, Func<T, Money> selector) => Money.Sum(items.Select(selector));
}
