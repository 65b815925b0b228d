using Claims.Domain.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Data.Configurations;

public sealed class AuthorityLimitConfiguration : IEntityTypeConfiguration<AuthorityLimit>
{
    public void Configure(EntityTypeBuilder<AuthorityLimit> builder)
    {
        builder.ToTable("AuthorityLimits", Schemas.ReferenceData);
        builder.HasKey(l => new { l.Level, l.Kind });
        builder.Property(l => l.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(40);
    }
}
