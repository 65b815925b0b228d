using Claims.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Data.Configurations;

public sealed class SerialRangeConfiguration : IEntityTypeConfiguration<SerialRange>
{
    public void Configure(EntityTypeBuilder<SerialRange> builder)
    {
        builder.ToTable("SerialRanges", Schemas.Documents);
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.HolderKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.HolderCode).HasMaxLength(40);
        builder.Property(r => r.AllocatedBy).HasMaxLength(100);
        // Two issues reading the same next serial: the second UPDATE matches no row and retries.
        builder.Property(r => r.NextSerial).IsConcurrencyToken();
        builder.HasIndex(r => new { r.HolderCode, r.Type });
        builder.HasIndex(r => r.ParentId);
        builder.HasOne<SerialRange>().WithMany().HasForeignKey(r => r.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
