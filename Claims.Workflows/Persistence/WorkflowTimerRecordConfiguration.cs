using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Workflows.Persistence;

public sealed class WorkflowTimerRecordConfiguration : IEntityTypeConfiguration<WorkflowTimerRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowTimerRecord> builder)
    {
        builder.ToTable("Timers", WorkflowSchema.Name);
        builder.HasKey(t => t.Id);
        builder.Property(t => t.DispatchedBy).HasMaxLength(100);
        builder.Property(t => t.DispatchedAt).IsConcurrencyToken();
        builder.HasIndex(t => new { t.DispatchedAt, t.FireAt });
    }
}
