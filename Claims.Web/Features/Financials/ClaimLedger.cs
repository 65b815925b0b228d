using Claims.Domain.Financials;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Financials;

/// <summary>A claim's ledger as read for one decision: its lines, the balances summed from them, and what is still unexported.</summary>
public sealed record ClaimLedger(IReadOnlyList<LedgerEntry> Entries, IReadOnlySet<Guid> Exported)
{
    /// <summary>Payments of these categories count against the approved settlement; loss-adjustment expenses (fees) do not.</summary>
    public static bool IsIndemnity(CostCategory category) => category != CostCategory.LossAdjustmentExpense;

    public LedgerBalance Balance(CostCategory? category = null) => LedgerBalance.Of(Entries.Select(e => e.ToTransaction()), category);

    public IEnumerable<LedgerEntry> Payments => Entries.Where(e => e.Kind == TransactionKind.Payment);

    public bool IsVoided(Guid paymentId) => Entries.Any(e => e.Voids == paymentId);

    public IEnumerable<LedgerEntry> LivePayments => Payments.Where(p => !IsVoided(p.Id));

    public IEnumerable<LedgerEntry> Unexported => LivePayments.Where(p => !Exported.Contains(p.Id));

    public decimal IndemnityPaid => LivePayments.Where(p => IsIndemnity(p.Category)).Sum(p => p.Amount.Amount);

    public bool Settled => LivePayments.Any(p => p.Final && IsIndemnity(p.Category));

    public static async Task<ClaimLedger> LoadAsync(ClaimsDbContext db, Guid claimId, CancellationToken ct)
    {
        var entries = await db.Set<LedgerEntry>().AsNoTracking().Where(e => e.ClaimId == claimId).ToListAsync(ct);
        var payments = entries.Where(e => e.Kind == TransactionKind.Payment).Select(e => e.Id).ToList();
        var exported = await db.Set<PaymentExportLine>().AsNoTracking().Where(l => payments.Contains(l.PaymentId)).Select(l => l.PaymentId).ToListAsync(ct);
        return new ClaimLedger(entries.OrderBy(e => e.At).ThenBy(e => e.Id).ToList(), exported.ToHashSet());
    }
}
