using Claims.Domain.Claims;
using Claims.Domain.Financials;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Data.Configurations;

public sealed class ClaimRecoveryConfiguration : IEntityTypeConfiguration<Recovery>
{
    public void Configure(EntityTypeBuilder<Recovery> builder)
    {
        builder.ToTable("Recoveries", Schemas.Claims);
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Party).HasMaxLength(200);
        builder.Property(r => r.Reference).HasMaxLength(60);
        builder.Property(r => r.OpenedBy).HasMaxLength(100);
        // One salvage sale and one subrogation demand per claim.
        builder.HasIndex(r => new { r.ClaimId, r.Kind }).IsUnique();
        builder.HasOne<Claim>().WithMany().HasForeignKey(r => r.ClaimId).OnDelete(DeleteBehavior.Restrict);
    }
}
