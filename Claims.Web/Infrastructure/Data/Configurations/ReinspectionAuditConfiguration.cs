using Claims.Domain.Claims;
using Claims.Domain.Estimates;
using Claims.Domain.Reinspection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Data.Configurations;

public sealed class ReinspectionAuditConfiguration : IEntityTypeConfiguration<ReinspectionAudit>
{
    public void Configure(EntityTypeBuilder<ReinspectionAudit> builder)
    {
        builder.ToTable("ReinspectionAudits", Schemas.Claims);
        builder.HasKey(a => a.Id);
        builder.Property(a => a.ClaimNumber).HasMaxLength(40);
        builder.Property(a => a.RegionCode).HasMaxLength(ReferenceDataLimits.RegionCode);
        builder.Property(a => a.Adjuster).HasMaxLength(100);
        builder.Property(a => a.Reinspector).HasMaxLength(100);
        builder.Property(a => a.ResolvedBy).HasMaxLength(100);
        builder.Property(a => a.ShopName).HasMaxLength(100);
        builder.Property(a => a.Reasons).HasMaxLength(200);
        builder.Property(a => a.DisputeReason).HasMaxLength(1000);
        builder.Property(a => a.Draw).HasPrecision(9, 6);
        builder.Property(a => a.ShopClass).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Resolution).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.SalvageFinding).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.ReasonList);
        builder.Ignore(a => a.Findings);
        builder.Ignore(a => a.ConfirmedLeakage);
        builder.Ignore(a => a.Result);
        // One audit per claim: a redelivered ClaimClosed cannot sample twice.
        builder.HasIndex(a => a.ClaimId).IsUnique();
        builder.HasIndex(a => a.WorkflowInstanceId);
        builder.HasIndex(a => new { a.Adjuster, a.Status });
        builder.HasIndex(a => new { a.ShopName, a.Status });
        builder.HasIndex(a => new { a.Reinspector, a.Status });
        builder.HasOne<Claim>().WithMany().HasForeignKey(a => a.ClaimId).OnDelete(DeleteBehavior.Restrict);

        builder.OwnsMany(a => a.Lines, l =>
        {
            l.ToTable("AuditLines", Schemas.Claims);
            l.WithOwner().HasForeignKey("AuditId");
            l.Property<int>("Id");
            l.HasKey("Id");
            l.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
            l.Property(x => x.Position).HasMaxLength(ReferenceDataLimits.Position);
            l.Property(x => x.Description).HasMaxLength(ReferenceDataLimits.PartName);
            l.Property(x => x.Finding).HasConversion<string>().HasMaxLength(40);
            l.Property(x => x.Note).HasMaxLength(AuditLine.MaxNote);
            l.Ignore(x => x.Variance);
            l.Ignore(x => x.Changed);
        });
        builder.Navigation(a => a.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
