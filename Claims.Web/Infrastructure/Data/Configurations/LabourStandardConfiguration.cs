using Claims.Domain.Common;
using Claims.Domain.Estimates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Data.Configurations;

public sealed class LabourStandardConfiguration : IEntityTypeConfiguration<LabourStandard>
{
    public void Configure(EntityTypeBuilder<LabourStandard> builder)
    {
        builder.ToTable("LabourStandards", Schemas.ReferenceData);
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Version).HasMaxLength(ReferenceDataLimits.Version);
        builder.Property(s => s.RegionCode).HasMaxLength(ReferenceDataLimits.RegionCode);
        builder.Property(s => s.Band).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Position).HasMaxLength(ReferenceDataLimits.Position);
        builder.Property(s => s.WorkType).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(s => new { s.RegionCode, s.Band, s.Position, s.WorkType, s.Version }).IsUnique();
        builder.HasIndex(s => new { s.Version, s.RegionCode });
        builder.HasOne<Region>().WithMany().HasForeignKey(s => s.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
