using Claims.Domain.Common;
using Claims.Domain.Estimates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Data.Configurations;

public sealed class HourlyRateConfiguration : IEntityTypeConfiguration<HourlyRate>
{
    public void Configure(EntityTypeBuilder<HourlyRate> builder)
    {
        builder.ToTable("HourlyRates", Schemas.ReferenceData);
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Version).HasMaxLength(ReferenceDataLimits.Version);
        builder.Property(r => r.RegionCode).HasMaxLength(ReferenceDataLimits.RegionCode);
        builder.Property(r => r.ShopClass).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => new { r.RegionCode, r.ShopClass, r.Version }).IsUnique();
        builder.HasIndex(r => new { r.Version, r.RegionCode });
        builder.HasOne<Region>().WithMany().HasForeignKey(r => r.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
