using Claims.Domain.Claims;
using Claims.Domain.Fraud;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Data.Configurations;

public sealed class FraudAssessmentConfiguration : IEntityTypeConfiguration<FraudAssessment>
{
    public void Configure(EntityTypeBuilder<FraudAssessment> builder)
    {
        builder.ToTable("FraudAssessments", Schemas.Claims);
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Trigger).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Indicators).HasMaxLength(FraudAssessment.MaxIndicators);
        builder.Ignore(a => a.Fired);
        builder.HasIndex(a => new { a.ClaimId, a.Id });
        builder.HasOne<Claim>().WithMany().HasForeignKey(a => a.ClaimId).OnDelete(DeleteBehavior.Restrict);
    }
}
