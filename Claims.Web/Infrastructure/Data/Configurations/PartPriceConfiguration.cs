using Claims.Domain.Common;
using Claims.Domain.Estimates;
using Claims.Domain.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Data.Configurations;

public sealed class PartPriceConfiguration : IEntityTypeConfiguration<PartPrice>
{
    public void Configure(EntityTypeBuilder<PartPrice> builder)
    {
        builder.ToTable("PartPrices", Schemas.ReferenceData);
        builder.HasKey(p => p.Id);
        builder.Property(p => p.CatalogueVersion).HasMaxLength(ReferenceDataLimits.Version);
        builder.Property(p => p.ModelCode).HasMaxLength(ReferenceDataLimits.ModelCode);
        builder.Property(p => p.RegionCode).HasMaxLength(ReferenceDataLimits.RegionCode);
        builder.Property(p => p.PartNumber).HasMaxLength(ReferenceDataLimits.PartNumber);
        builder.Property(p => p.PartNumberKey).HasMaxLength(ReferenceDataLimits.PartNumber);
        builder.Property(p => p.PartName).HasMaxLength(ReferenceDataLimits.PartName);
        builder.Property(p => p.NameKey).HasMaxLength(ReferenceDataLimits.PartName);
        builder.Property(p => p.Position).HasMaxLength(ReferenceDataLimits.Position);
        builder.Property(p => p.Channel).HasConversion<string>().HasMaxLength(ReferenceDataLimits.Channel);

        // Look-ups are by model and region, then a prefix range on the part number or the name.
        builder.HasIndex(p => new { p.ModelCode, p.RegionCode, p.PartNumberKey, p.Channel, p.CatalogueVersion }).IsUnique();
        builder.HasIndex(p => new { p.ModelCode, p.RegionCode, p.NameKey });
        // Imports replace a version region by region.
        builder.HasIndex(p => new { p.CatalogueVersion, p.RegionCode });

        builder.HasOne<VehicleModel>().WithMany().HasForeignKey(p => p.ModelCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Region>().WithMany().HasForeignKey(p => p.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
