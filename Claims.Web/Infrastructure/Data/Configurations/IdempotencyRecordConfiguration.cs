using Claims.Web.Infrastructure.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Data.Configurations;

public sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("IdempotencyKeys", "api");
        builder.HasKey(r => r.Scope);
        builder.Property(r => r.Scope).HasMaxLength(64);
        builder.Property(r => r.UserName).HasMaxLength(100);
        builder.Property(r => r.Route).HasMaxLength(200);
        builder.Property(r => r.Key).HasMaxLength(IdempotencyKeys.MaxKeyLength);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.Property(r => r.Location).HasMaxLength(400);
        builder.Property(r => r.ContentType).HasMaxLength(100);
    }
}
