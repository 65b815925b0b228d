using Claims.Domain.Common;
using Claims.Domain.Estimates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Data.Configurations;

public sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.ToTable("Regions", Schemas.ReferenceData);
        builder.HasKey(r => r.Code);
        builder.Property(r => r.Code).HasMaxLength(ReferenceDataLimits.RegionCode);
        builder.Property(r => r.Name).HasMaxLength(100);
    }
}
