using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Workflows.Persistence;

public sealed class WorkTaskConfiguration : IEntityTypeConfiguration<WorkTask>
{
    public void Configure(EntityTypeBuilder<WorkTask> builder)
    {
        builder.ToTable("WorkTasks", "workflow");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Kind).HasMaxLength(100);
        builder.Property(t => t.Subject).HasMaxLength(400);
        builder.Property(t => t.AssigneeRole).HasMaxLength(50);
        builder.Property(t => t.AssigneeUser).HasMaxLength(100);
        builder.Property(t => t.Link).HasMaxLength(400);
        builder.Property(t => t.AllowedOutcomes).HasMaxLength(400);
        builder.Property(t => t.Outcome).HasMaxLength(100);
        builder.Property(t => t.CompletedBy).HasMaxLength(100);
        builder.Property(t => t.EscalateTo).HasMaxLength(50);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Ignore(t => t.Outcomes);
        builder.HasIndex(t => new { t.Status, t.AssigneeRole });
        builder.HasIndex(t => new { t.Status, t.AssigneeUser });
        builder.HasIndex(t => t.BookmarkId);
    }
}
