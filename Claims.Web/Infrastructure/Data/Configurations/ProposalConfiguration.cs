using Claims.Domain.Common;
using Claims.Domain.Estimates;
using Claims.Domain.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Data.Configurations;

/// <summary>The proposal with its proposer and vehicle as columns; lists (drivers, claims, breakdown, issues, disclosure, decisions) as JSON.</summary>
public sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> builder)
    {
        builder.ToTable("Proposals", Schemas.Policies);
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Number).HasMaxLength(40);
        builder.HasIndex(p => p.Number).IsUnique();
        builder.Property(p => p.AgentUserName).HasMaxLength(100);
        builder.Property(p => p.RegionCode).HasMaxLength(ReferenceDataLimits.RegionCode);
        builder.Property(p => p.Covers).HasConversion<string>().HasMaxLength(200);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.ReviewLevel).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.TariffVersion).HasMaxLength(40);
        builder.Property(p => p.DisclosedBy).HasMaxLength(100);
        builder.Property(p => p.DeclineReason).HasMaxLength(1000);
        builder.Property(p => p.CommissionPercent).HasPrecision(9, 4);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(p => p.AgentId);
        builder.HasIndex(p => p.RenewalOfPolicyId);
        builder.HasIndex(p => p.Status);
        builder.HasOne<Agent>().WithMany().HasForeignKey(p => p.AgentId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsOne(p => p.Proposer, o =>
        {
            o.Property(x => x.Name).HasMaxLength(100);
            o.Property(x => x.IdNumber).HasMaxLength(40);
            o.Property(x => x.Phone).HasMaxLength(40);
            o.Property(x => x.Email).HasMaxLength(200);
        });
        builder.OwnsOne(p => p.Vehicle, o =>
        {
            o.Property(x => x.Vin).HasMaxLength(17);
            o.Property(x => x.Plate).HasMaxLength(20);
            o.Property(x => x.ModelCode).HasMaxLength(ReferenceDataLimits.ModelCode);
            o.Property(x => x.Usage).HasConversion<string>().HasMaxLength(20);
        });
        builder.OwnsMany(p => p.NamedDrivers, o => o.ToJson());
        builder.OwnsMany(p => p.PriorClaims, o => o.ToJson());
        builder.OwnsMany(p => p.RatingLines, o => o.ToJson());
        builder.OwnsMany(p => p.Issues, o =>
        {
            o.ToJson();
            o.Property(x => x.Kind).HasConversion<string>();
        });
        builder.OwnsMany(p => p.Disclosure, o => o.ToJson());
        builder.OwnsMany(p => p.Decisions, o =>
        {
            o.ToJson();
            o.Property(x => x.Kind).HasConversion<string>();
            o.Property(x => x.Level).HasConversion<string>();
        });
    }
}
