using Claims.Domain.Reinspection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Data.Configurations;

public sealed class RecoveryActionConfiguration : IEntityTypeConfiguration<RecoveryAction>
{
    public void Configure(EntityTypeBuilder<RecoveryAction> builder)
    {
        builder.ToTable("RecoveryActions", Schemas.Claims);
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ClaimNumber).HasMaxLength(40);
        builder.Property(r => r.ShopName).HasMaxLength(100);
        builder.HasIndex(r => r.AuditId).IsUnique();
        builder.HasOne<ReinspectionAudit>().WithMany().HasForeignKey(r => r.AuditId).OnDelete(DeleteBehavior.Restrict);
    }
}
