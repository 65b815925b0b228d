using Claims.Web.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Data.Configurations;

public sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.ToTable("JobRuns", "scheduling");
        builder.HasKey(r => new { r.JobName, r.RunDate });
        builder.Property(r => r.JobName).HasMaxLength(100);
        builder.Property(r => r.Node).HasMaxLength(100);
        builder.Property(r => r.Summary).HasMaxLength(1000);
        // Taking over an expired run is a guarded update: two nodes cannot both take it.
        builder.Property(r => r.Attempts).IsConcurrencyToken();
    }
}
