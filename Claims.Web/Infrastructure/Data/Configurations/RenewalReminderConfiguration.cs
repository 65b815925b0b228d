using Claims.Domain.Renewals;
using Claims.Web.Features.Renewals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Data.Configurations;

public sealed class RenewalReminderConfiguration : IEntityTypeConfiguration<RenewalReminder>
{
    public void Configure(EntityTypeBuilder<RenewalReminder> builder)
    {
        builder.ToTable("Reminders", "renewal");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Stage).HasConversion<string>().HasMaxLength(20);
        // The guarantee: one reminder per policy and stage, whatever the retries, restarts or nodes.
        builder.HasIndex(r => new { r.PolicyId, r.Stage }).IsUnique();
    }
}
