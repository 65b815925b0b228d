using Claims.Domain.Renewals;
using Claims.Web.Features.Renewals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Data.Configurations;

public sealed class RenewalOfferConfiguration : IEntityTypeConfiguration<RenewalOffer>
{
    public void Configure(EntityTypeBuilder<RenewalOffer> builder)
    {
        builder.ToTable("Offers", "renewal");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.PolicyNumber).HasMaxLength(40);
        builder.Property(o => o.NcdStep).HasMaxLength(20);
        builder.Property(o => o.RatedBy).HasMaxLength(60);
        builder.Property(o => o.Issues).HasMaxLength(2000);
        builder.Property(o => o.DeclineReason).HasMaxLength(500);
        builder.Property(o => o.DecidedBy).HasMaxLength(100);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(24);
        // Two clicks on the same link race here: the second save fails instead of issuing a second policy.
        builder.Property(o => o.Version).IsConcurrencyToken();
        // One offer per policy year: the policy is renewed once.
        builder.HasIndex(o => o.PolicyId).IsUnique();
    }
}
