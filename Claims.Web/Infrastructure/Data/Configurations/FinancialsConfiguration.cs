using Claims.Domain.Claims;
using Claims.Domain.Financials;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Data.Configurations;

public sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> builder)
    {
        builder.ToTable("FinancialTransactions", Schemas.Claims);
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.Category).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.Reason).HasMaxLength(500);
        builder.Property(t => t.By).HasMaxLength(100);
        builder.Property(t => t.Reference).HasMaxLength(60);
        builder.HasIndex(t => new { t.ClaimId, t.At });
        // The export reads payments by day; a payment is voided at most once.
        builder.HasIndex(t => new { t.Kind, t.At });
        builder.HasIndex(t => t.Voids).IsUnique();
        builder.HasOne<Claim>().WithMany().HasForeignKey(t => t.ClaimId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Payee>().WithMany().HasForeignKey(t => t.PayeeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Recovery>().WithMany().HasForeignKey(t => t.RecoveryId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PayeeConfiguration : IEntityTypeConfiguration<Payee>
{
    public void Configure(EntityTypeBuilder<Payee> builder)
    {
        builder.ToTable("Payees", Schemas.Claims);
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Account).HasMaxLength(BankAccount.MaxLength);
        builder.Property(p => p.Bank).HasMaxLength(200);
        builder.Property(p => p.AddedBy).HasMaxLength(100);
        builder.Ignore(p => p.MaskedAccount);
        builder.HasIndex(p => p.ClaimId);
        builder.HasOne<Claim>().WithMany().HasForeignKey(p => p.ClaimId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ReserveRequestConfiguration : IEntityTypeConfiguration<ReserveRequest>
{
    public void Configure(EntityTypeBuilder<ReserveRequest> builder)
    {
        builder.ToTable("ReserveRequests", Schemas.Claims);
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Category).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.Property(r => r.RequestedBy).HasMaxLength(100);
        builder.Property(r => r.DecidedBy).HasMaxLength(100);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.ClaimId, r.Status });
        builder.HasIndex(r => new { r.Status, r.RequestedAt });
        builder.HasOne<Claim>().WithMany().HasForeignKey(r => r.ClaimId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PaymentExportConfiguration : IEntityTypeConfiguration<PaymentExport>
{
    public void Configure(EntityTypeBuilder<PaymentExport> builder)
    {
        builder.ToTable("PaymentExports", Schemas.Claims);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.CreatedBy).HasMaxLength(100);
        builder.Property(e => e.Csv).HasMaxLength(4_000_000);
        builder.HasIndex(e => new { e.Day, e.CreatedAt });
    }
}

public sealed class PaymentExportLineConfiguration : IEntityTypeConfiguration<PaymentExportLine>
{
    public void Configure(EntityTypeBuilder<PaymentExportLine> builder)
    {
        builder.ToTable("PaymentExportLines", Schemas.Claims);
        builder.HasKey(l => l.PaymentId);
        builder.HasIndex(l => l.ExportId);
        builder.HasOne<PaymentExport>().WithMany().HasForeignKey(l => l.ExportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LedgerEntry>().WithMany().HasForeignKey(l => l.PaymentId).OnDelete(DeleteBehavior.Restrict);
    }
}
