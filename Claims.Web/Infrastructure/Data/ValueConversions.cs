using Claims.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Claims.Web.Infrastructure.Data;

/// <summary>Money and percentages are stored as their plain decimal, so the columns stay what they were.</summary>
public static class ValueConversions
{
    /// <summary>
    /// The one convention: every <see cref="Money"/> is a complex type whose one decimal(18,2) column keeps the property's own name
    /// (so SQL sums <c>x.Paid.Amount</c>), every <see cref="Percentage"/> a decimal(9,4).
    /// </summary>
    public static void AddValueConversions(this ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.ComplexProperties<Money>();
        configurationBuilder.Properties<Percentage>().HaveConversion<PercentageConverter>().HavePrecision(9, 4);
    }

    public sealed class PercentageConverter() : ValueConverter<Percentage, decimal>(p => p.Value, d => Percentage.Of(d));

    /// <summary>
    /// Names each Money's column as the decimal it replaced ("Excess", "Totals_Net"), not EF's "Excess_Amount":
    /// call after every entity is configured, so owned types already know their tables.
    /// </summary>
    public static void MapMoneyColumns(this ModelBuilder modelBuilder)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var money in entityType.GetDeclaredComplexProperties().Where(p => p.ComplexType.ClrType == typeof(Money)))
            {
                money.ComplexType.FindProperty(nameof(Money.Amount))!.SetColumnName(ColumnPrefix(entityType) + money.Name);
            }
        }
    }

    /// <summary>An owned type sharing its owner's table prefixes its columns with the navigation ("Totals_"), as EF does for scalars.</summary>
    private static string ColumnPrefix(IReadOnlyEntityType entityType) =>
        entityType.FindOwnership() is { PrincipalToDependent: { } navigation } ownership
            && entityType.GetTableName() == ownership.PrincipalEntityType.GetTableName()
            && entityType.GetSchema() == ownership.PrincipalEntityType.GetSchema()
            ? ColumnPrefix(ownership.PrincipalEntityType) + navigation.Name + "_"
            : "";
}
