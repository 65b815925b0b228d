using Claims.Domain.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Data.Configurations;

public sealed class OneTimeCodeConfiguration : IEntityTypeConfiguration<OneTimeCode>
{
    public void Configure(EntityTypeBuilder<OneTimeCode> builder)
    {
        builder.ToTable("OneTimeCodes", Schemas.Claims);
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Hash).HasMaxLength(64).IsUnicode(false);
        builder.HasIndex(c => c.PolicyId);
        // Two parallel attempts on one code cannot both count as one, nor both use it.
        builder.Property(c => c.Attempts).IsConcurrencyToken();
    }
}

public sealed class ClaimStatusChangeConfiguration : IEntityTypeConfiguration<ClaimStatusChange>
{
    public void Configure(EntityTypeBuilder<ClaimStatusChange> builder)
    {
        builder.ToTable("ClaimStatusChanges", Schemas.Claims);
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Status).HasMaxLength(30);
        builder.HasIndex(c => new { c.ClaimId, c.At });
    }
}
