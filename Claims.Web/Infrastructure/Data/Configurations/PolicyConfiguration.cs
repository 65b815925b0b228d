using Claims.Domain.Common;
using Claims.Domain.Estimates;
using Claims.Domain.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Data.Configurations;

public sealed class PolicyConfiguration : IEntityTypeConfiguration<Policy>
{
    public void Configure(EntityTypeBuilder<Policy> builder)
    {
        builder.ToTable("Policies", Schemas.Policies);
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Number).HasMaxLength(40);
        builder.Property(p => p.RegionCode).HasMaxLength(ReferenceDataLimits.RegionCode);
        builder.Property(p => p.Covers).HasConversion<string>().HasMaxLength(200);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(p => p.Number).IsUnique();
        builder.HasIndex(p => p.ProposalId).IsUnique();
        // The renewal sweep reads policies by status and expiry date.
        builder.HasIndex(p => new { p.Status, p.ExpiryDate });
        // The dashboard's aggregates (decision 0015) read these covering indexes, never the wide rows.
        builder.HasIndex(p => new { p.AgentId, p.ExpiryDay, p.StartDay, p.PremiumCents, p.Status });
        builder.HasIndex(p => new { p.ExpiryDay, p.Status, p.RegionCode, p.AgentId, p.PolicyholderId, p.VehicleId, p.RenewedByPolicyId });
        // A renewal is found by vehicle, holder and start day.
        builder.HasIndex(p => new { p.VehicleId, p.PolicyholderId, p.StartDay, p.Status });
        builder.HasIndex(p => p.PolicyholderId);
        builder.HasOne<Policyholder>().WithMany().HasForeignKey(p => p.PolicyholderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Vehicle>().WithMany().HasForeignKey(p => p.VehicleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agent>().WithMany().HasForeignKey(p => p.AgentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Region>().WithMany().HasForeignKey(p => p.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
