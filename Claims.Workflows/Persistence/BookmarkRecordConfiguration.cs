using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Workflows.Persistence;

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
