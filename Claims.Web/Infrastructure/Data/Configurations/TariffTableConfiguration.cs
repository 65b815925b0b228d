using Claims.Domain.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Data.Configurations;

public sealed class TariffTableConfiguration : IEntityTypeConfiguration<TariffTable>
{
    public void Configure(EntityTypeBuilder<TariffTable> builder)
    {
        builder.ToTable("TariffTables", Schemas.ReferenceData);
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Version).HasMaxLength(40);
        builder.HasIndex(t => t.Version).IsUnique();
        builder.OwnsMany(t => t.BaseRates, rate =>
        {
            rate.ToTable("TariffBaseRates", Schemas.ReferenceData);
            rate.WithOwner().HasForeignKey("TariffTableId");
            rate.Property<int>("Id");
            rate.HasKey("Id");
            rate.Property(r => r.Cover).HasConversion<string>().HasMaxLength(40);
            rate.Property(r => r.Band).HasConversion<string>().HasMaxLength(20);
            rate.HasIndex("TariffTableId", nameof(TariffBaseRate.Cover), nameof(TariffBaseRate.Band)).IsUnique();
        });
        builder.OwnsMany(t => t.Factors, factor =>
        {
            factor.ToTable("TariffFactors", Schemas.ReferenceData);
            factor.WithOwner().HasForeignKey("TariffTableId");
            factor.Property<int>("Id");
            factor.HasKey("Id");
            factor.Property(f => f.Kind).HasMaxLength(40);
            factor.Property(f => f.Key).HasMaxLength(40);
            // Factors are multipliers such as 1.125, not money.
            factor.Property(f => f.Value).HasPrecision(9, 4);
            factor.HasIndex("TariffTableId", nameof(TariffFactor.Kind), nameof(TariffFactor.Key)).IsUnique();
        });
    }
}
