using Claims.Web.Features.Kpis;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Data.Configurations;

public sealed class RenewalSnapshotRangeConfiguration : IEntityTypeConfiguration<RenewalSnapshotRange>
{
    public void Configure(EntityTypeBuilder<RenewalSnapshotRange> builder)
    {
        builder.ToTable("KpiSnapshots", "kpis");
        builder.HasKey(r => r.Name);
        builder.Property(r => r.Name).HasMaxLength(40);
    }
}
