using Claims.Domain.Customers;
using Claims.Web.Features.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Data.Configurations;

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
