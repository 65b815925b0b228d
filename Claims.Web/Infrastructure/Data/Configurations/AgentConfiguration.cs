using Claims.Domain.Common;
using Claims.Domain.Estimates;
using Claims.Domain.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Data.Configurations;

public sealed class AgentConfiguration : IEntityTypeConfiguration<Agent>
{
    public void Configure(EntityTypeBuilder<Agent> builder)
    {
        builder.ToTable("Agents", Schemas.Policies);
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Code).HasMaxLength(20);
        builder.Property(a => a.Name).HasMaxLength(100);
        builder.Property(a => a.RegionCode).HasMaxLength(ReferenceDataLimits.RegionCode);
        builder.Property(a => a.Branch).HasMaxLength(100);
        builder.HasIndex(a => a.Code).IsUnique();
        builder.Property(a => a.UserName).HasMaxLength(100);
        builder.HasIndex(a => a.UserName);
        builder.HasOne<Region>().WithMany().HasForeignKey(a => a.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
