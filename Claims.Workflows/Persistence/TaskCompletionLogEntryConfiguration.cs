using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Workflows.Persistence;

public sealed class TaskCompletionLogEntryConfiguration : IEntityTypeConfiguration<TaskCompletionLogEntry>
{
    public void Configure(EntityTypeBuilder<TaskCompletionLogEntry> builder)
    {
        builder.ToTable("TaskCompletionLog", "workflow");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Outcome).HasMaxLength(100);
        builder.Property(e => e.CompletedBy).HasMaxLength(100);
        builder.HasIndex(e => e.TaskId);
    }
}
