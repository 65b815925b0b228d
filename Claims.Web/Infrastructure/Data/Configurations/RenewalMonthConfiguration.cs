using Claims.Web.Features.Kpis;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Data.Configurations;

public sealed class RenewalMonthConfiguration : IEntityTypeConfiguration<RenewalMonth>
{
    public void Configure(EntityTypeBuilder<RenewalMonth> builder)
    {
        builder.ToTable("RenewalMonths", "kpis");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.RegionCode).HasMaxLength(10);
        builder.Property(m => m.Tier).HasMaxLength(10);
        builder.HasIndex(m => m.MonthKey);
    }
}
