using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Workflows.Persistence;

internal static class WorkflowSchema
{
    public const string Name = "workflow";
}

public sealed class WorkflowDefinitionRecordConfiguration : IEntityTypeConfiguration<WorkflowDefinitionRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowDefinitionRecord> builder)
    {
        builder.ToTable("Definitions", WorkflowSchema.Name);
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasMaxLength(100);
        builder.Property(d => d.DefinitionId).HasMaxLength(100);
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.Property(d => d.Description).HasMaxLength(2000);
        builder.Property(d => d.Source).HasMaxLength(50);
        builder.Property(d => d.ConcurrencyVersion).IsConcurrencyToken();
        builder.HasIndex(d => new { d.DefinitionId, d.Version }).IsUnique();
    }
}

public sealed class WorkflowInstanceRecordConfiguration : IEntityTypeConfiguration<WorkflowInstanceRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowInstanceRecord> builder)
    {
        builder.ToTable("Instances", WorkflowSchema.Name);
        builder.HasKey(i => i.Id);
        builder.Property(i => i.DefinitionId).HasMaxLength(100);
        builder.Property(i => i.DefinitionVersionId).HasMaxLength(100);
        builder.Property(i => i.CorrelationId).HasMaxLength(100);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.ConcurrencyVersion).IsConcurrencyToken();
        builder.HasIndex(i => new { i.DefinitionId, i.Status });
        builder.HasIndex(i => i.CorrelationId);
    }
}

public sealed class BookmarkRecordConfiguration : IEntityTypeConfiguration<BookmarkRecord>
{
    public void Configure(EntityTypeBuilder<BookmarkRecord> builder)
    {
        builder.ToTable("Bookmarks", WorkflowSchema.Name);
        builder.HasKey(b => b.Id);
        builder.Property(b => b.ActivityId).HasMaxLength(100);
        builder.Property(b => b.Kind).HasMaxLength(30);
        builder.Property(b => b.Name).HasMaxLength(200);
        builder.Property(b => b.CorrelationId).HasMaxLength(100);
        builder.HasIndex(b => b.WorkflowInstanceId);
        builder.HasIndex(b => new { b.Name, b.CorrelationId });
    }
}

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

public sealed class IncidentRecordConfiguration : IEntityTypeConfiguration<IncidentRecord>
{
    public void Configure(EntityTypeBuilder<IncidentRecord> builder)
    {
        builder.ToTable("Incidents", WorkflowSchema.Name);
        builder.HasKey(i => i.Id);
        builder.Property(i => i.ActivityId).HasMaxLength(100);
        builder.Property(i => i.ActivityType).HasMaxLength(200);
        builder.HasIndex(i => i.WorkflowInstanceId);
    }
}
