using Claims.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Features.Customers;

public sealed class CustomerTierConfiguration : IEntityTypeConfiguration<CustomerTier>
{
    public void Configure(EntityTypeBuilder<CustomerTier> builder)
    {
        builder.ToTable("Tiers", "customers");
        builder.HasKey(t => t.PolicyholderId);
        builder.Property(t => t.Tier).HasMaxLength(10);
        builder.HasIndex(t => t.Tier);
    }
}

public sealed class TierRuleConfiguration : IEntityTypeConfiguration<TierRule>
{
    public void Configure(EntityTypeBuilder<TierRule> builder)
    {
        builder.ToTable("TierRules", "customers");
        builder.HasKey(r => r.Tier);
        builder.Property(r => r.Tier).HasMaxLength(10);
        // The defaults ship with the schema; an insurer edits the rows.
        builder.HasData(CustomerTiers.Defaults);
    }
}
