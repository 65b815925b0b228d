using Claims.Workflows.Alterations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Workflows.Persistence;

public sealed class AlterationPlanRecordConfiguration : IEntityTypeConfiguration<AlterationPlanRecord>
{
    public void Configure(EntityTypeBuilder<AlterationPlanRecord> builder)
    {
        builder.ToTable("AlterationPlans", WorkflowSchema.Name);
        builder.HasKey(p => p.Id);
        builder.Property(p => p.CreatedBy).HasMaxLength(100);
    }
}

public sealed class AlterationJobRecordConfiguration : IEntityTypeConfiguration<AlterationJobRecord>
{
    public void Configure(EntityTypeBuilder<AlterationJobRecord> builder)
    {
        builder.ToTable("AlterationJobs", WorkflowSchema.Name);
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(j => new { j.PlanId, j.Status });
        builder.Ignore(j => j.LogLines);
    }
}
