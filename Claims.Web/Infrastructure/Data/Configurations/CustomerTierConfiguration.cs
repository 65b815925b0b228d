using Claims.Domain.Customers;
using Claims.Web.Features.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Data.Configurations;

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
