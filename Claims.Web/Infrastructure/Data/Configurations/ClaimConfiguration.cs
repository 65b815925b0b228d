using Claims.Domain.Claims;
using Claims.Domain.Estimates;
using Claims.Domain.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Data.Configurations;

public sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> builder)
    {
        builder.ToTable("Claims", Schemas.Claims);
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Number).HasMaxLength(40);
        builder.Property(c => c.PolicyNumber).HasMaxLength(40);
        builder.Property(c => c.ModelCode).HasMaxLength(ReferenceDataLimits.ModelCode);
        builder.Property(c => c.RegionCode).HasMaxLength(ReferenceDataLimits.RegionCode);
        builder.Property(c => c.LossPlace).HasMaxLength(300);
        builder.Property(c => c.Description).HasMaxLength(4000);
        builder.Property(c => c.ThirdParties).HasMaxLength(1000);
        builder.Property(c => c.ReportedBy).HasMaxLength(100);
        builder.Property(c => c.AssignedAdjuster).HasMaxLength(100);
        builder.Property(c => c.RejectionReason).HasMaxLength(500);
        builder.Property(c => c.PaymentReference).HasMaxLength(60);
        builder.Property(c => c.RepairShop).HasMaxLength(100);
        builder.Property(c => c.SubrogationParty).HasMaxLength(200);
        builder.Property(c => c.Cause).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Liability).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ShopClass).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.LossDate);
        builder.Ignore(c => c.IsOpen);
        builder.Ignore(c => c.HasEstimate);
        builder.Ignore(c => c.IsTotalLoss);
        builder.Ignore(c => c.IsBeforeApproval);
        builder.Ignore(c => c.SubrogatedAmount);
        builder.Ignore(c => c.Settlement);
        builder.Ignore(c => c.ContradictedKeys);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.HasIndex(c => c.PolicyId);
        // The dashboard (decision 0015): cycle times by payment date; the agent scorecard's claims paid and reported, grouped by agent.
        builder.HasIndex(c => new { c.PaidAt, c.RegionCode, c.ReportedAt });
        builder.HasIndex(c => new { c.AgentId, c.PaidAt, c.PaidAmount });
        builder.HasIndex(c => new { c.AgentId, c.ReportedAt, c.DisclosureContradictions });
        builder.HasIndex(c => c.WorkflowInstanceId);
        builder.HasOne<Claims.Domain.Shops.RepairShop>().WithMany().HasForeignKey(c => c.RepairShopId).OnDelete(DeleteBehavior.Restrict);
        // Queues and the surveyor's open-work count read by adjuster and status.
        builder.HasIndex(c => new { c.AssignedAdjuster, c.Status });
        builder.HasOne<Policy>().WithMany().HasForeignKey(c => c.PolicyId).OnDelete(DeleteBehavior.Restrict);

        builder.OwnsOne(c => c.Totals, t =>
        {
            t.Property(x => x.PaintFactor).HasPrecision(9, 4);
            t.Property(x => x.ShareRate).HasPrecision(9, 4);
        });
        builder.Navigation(c => c.Totals).IsRequired();
        builder.OwnsOne(c => c.Findings);
        builder.Property(c => c.ContradictedItems).HasMaxLength(200);
        builder.Property(c => c.CustomerTier).HasMaxLength(10);

        builder.OwnsMany(c => c.Lines, l =>
        {
            l.ToTable("EstimateLines", Schemas.Claims);
            l.WithOwner().HasForeignKey("ClaimId");
            l.Property<int>("Id");
            l.HasKey("Id");
            l.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
            l.Property(x => x.Position).HasMaxLength(ReferenceDataLimits.Position);
            l.Property(x => x.Description).HasMaxLength(ReferenceDataLimits.PartName);
            l.Property(x => x.PartNumber).HasMaxLength(ReferenceDataLimits.PartNumber);
            l.Property(x => x.Channel).HasConversion<string>().HasMaxLength(ReferenceDataLimits.Channel);
            l.Property(x => x.WorkType).HasConversion<string>().HasMaxLength(20);
            l.Ignore(x => x.CheckedValue);
        });
        builder.Navigation(c => c.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
