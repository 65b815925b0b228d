using Claims.Domain.Claims;
using Claims.Domain.Fraud;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Data.Configurations;

public sealed class InvestigationConfiguration : IEntityTypeConfiguration<Investigation>
{
    public void Configure(EntityTypeBuilder<Investigation> builder)
    {
        builder.ToTable("Investigations", Schemas.Claims);
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Outcome).HasConversion<string>().HasMaxLength(10);
        builder.Property(i => i.Reason).HasMaxLength(Investigation.MaxReason);
        builder.Property(i => i.DecidedBy).HasMaxLength(100);
        builder.Ignore(i => i.IsOpen);
        builder.Ignore(i => i.ReducedTo);
        builder.HasIndex(i => i.ClaimId);
        builder.HasOne<Claim>().WithMany().HasForeignKey(i => i.ClaimId).OnDelete(DeleteBehavior.Restrict);
    }
}
