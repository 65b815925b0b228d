using Claims.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Data.Configurations;

public sealed class RegisterEntryConfiguration : IEntityTypeConfiguration<RegisterEntry>
{
    public void Configure(EntityTypeBuilder<RegisterEntry> builder)
    {
        builder.ToTable("DocumentRegister", Schemas.Documents);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.HolderCode).HasMaxLength(40);
        builder.Property(e => e.Reference).HasMaxLength(100);
        builder.Property(e => e.Reason).HasMaxLength(500);
        builder.Property(e => e.By).HasMaxLength(100);
        // A serial is recorded once, whatever races past the range's concurrency token.
        builder.HasIndex(e => new { e.Type, e.Serial }).IsUnique();
        builder.HasIndex(e => e.RangeId);
        builder.HasOne<SerialRange>().WithMany().HasForeignKey(e => e.RangeId).OnDelete(DeleteBehavior.Restrict);
    }
}
