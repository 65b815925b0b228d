using Claims.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Claims.Web.Infrastructure.Data;

/// <summary>Money and percentages are stored as their plain decimal, so the columns stay what they were.</summary>
public static class ValueConversions
{
    /// <summary>The one convention: every <see cref="Money"/> is a decimal(18,2) column, every <see cref="Percentage"/> a decimal(9,4).</summary>
    public static void AddValueConversions(this ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Money>().HaveConversion<MoneyConverter>().HavePrecision(18, 2);
        configurationBuilder.Properties<Percentage>().HaveConversion<PercentageConverter>().HavePrecision(9, 4);
    }

    public sealed class MoneyConverter() : ValueConverter<Money, decimal>(m => m.Amount, d => Money.Of(d));

    public sealed class PercentageConverter() : ValueConverter<Percentage, decimal>(p => p.Value, d => Percentage.Of(d));
}
