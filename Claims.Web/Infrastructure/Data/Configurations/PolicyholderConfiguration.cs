using Claims.Domain.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Data.Configurations;

public sealed class PolicyholderConfiguration : IEntityTypeConfiguration<Policyholder>
{
    public void Configure(EntityTypeBuilder<Policyholder> builder)
    {
        builder.ToTable("Policyholders", Schemas.Policies);
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.Phone).HasMaxLength(30);
        builder.Property(p => p.Email).HasMaxLength(200);
        builder.Property(p => p.PreferredLanguage).HasMaxLength(10);
        builder.HasIndex(p => p.Name);
    }
}
