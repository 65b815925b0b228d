using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Workflows.Persistence;

public sealed class JournalRecordConfiguration : IEntityTypeConfiguration<JournalRecord>
{
    public void Configure(EntityTypeBuilder<JournalRecord> builder)
    {
        builder.ToTable("Journal", WorkflowSchema.Name);
        builder.HasKey(j => j.Id);
        builder.Property(j => j.ActivityId).HasMaxLength(100);
        builder.Property(j => j.NodeId).HasMaxLength(300);
        builder.Property(j => j.ActivityType).HasMaxLength(200);
        builder.Property(j => j.EventName).HasMaxLength(30);
        builder.Property(j => j.Outcome).HasMaxLength(100);
        builder.HasIndex(j => new { j.WorkflowInstanceId, j.Sequence }).IsUnique();
    }
}
