using Claims.Domain.Claims;
using Claims.Domain.Common;
using Claims.Domain.Financials;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Financials;

/// <summary>GET /api/claims/{id}/financials: reserves, payments, payees (masked), pending reserve changes, recoveries and incurred, all summed from the ledger.</summary>
public static class GetFinancials
{
    public sealed record Balance(string Category, decimal Reserve, decimal Paid, decimal Outstanding);

    public sealed record Totals(decimal Reserve, decimal Paid, decimal Outstanding, decimal RecoveriesOpen, decimal RecoveriesReceived, decimal Incurred);

    public sealed record Line(Guid Id, DateTime At, string Kind, string Category, decimal Amount, string Reason, string By, Guid? Voids, string? Reference);

    public sealed record PayeeView(Guid Id, string Kind, string Name, string Account, string? Bank);

    public sealed record PaymentView(Guid Id, string Reference, DateTime At, string Category, decimal Amount, Guid? PayeeId, string Payee, bool Final, bool Voided, bool Exported);

    public sealed record RecoveryView(Guid Id, string Kind, string Party, string Reference, DateTime OpenedAt, decimal Demanded, decimal Received, decimal WrittenOff, decimal Open);

    /// <summary>A total loss's actual value and settlement, and the other party's share paid under subrogation (null when none).</summary>
    public sealed record SettlementTerms(decimal? ActualValue, bool TotalLoss, decimal? TotalLossPayable, string? SubrogationParty, decimal SubrogatedAmount);

    public sealed record PendingChange(Guid Id, string Category, decimal Reserve, string Reason, string RequestedBy, DateTime RequestedAt, int ReferToLevel);

    public sealed record Response(
        Guid ClaimId, string Number, ClaimStatus Status, decimal Excess, decimal? ApprovedSettlement, decimal IndemnityPaid, Totals Total,
        IReadOnlyList<Balance> Categories, IReadOnlyList<PaymentView> Payments, IReadOnlyList<PayeeView> Payees, IReadOnlyList<PendingChange> PendingReserveChanges,
        IReadOnlyList<Line> Ledger, SettlementTerms Terms, IReadOnlyList<RecoveryView> Recoveries);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/claims/{id:guid}/financials", Handle)
            .RequireAuthorization(Policies.ClaimViewers)
            .WithTags("Claim money")
            .Produces<Response>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A claim's money: reserves by category, payments, payees, pending reserve changes, incurred, and the ledger they are summed from.");

    public static async Task<IResult> Handle(Guid id, ClaimsDbContext db, CancellationToken ct) =>
        await LoadAsync(db, id, ct) is { } view
            ? TypedResults.Ok(view)
            : TypedResults.Problem($"Claim {id} does not exist.", statusCode: StatusCodes.Status404NotFound);

    public static async Task<Response?> LoadAsync(ClaimsDbContext db, Guid id, CancellationToken ct)
    {
        var claim = await db.Claims.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (claim is null)
        {
            return null;
        }

        var ledger = await ClaimLedger.LoadAsync(db, id, ct);
        var payees = await db.Set<Payee>().AsNoTracking().Where(p => p.ClaimId == id).OrderBy(p => p.AddedAt).ToListAsync(ct);
        var pending = await db.Set<ReserveRequest>().AsNoTracking().Where(r => r.ClaimId == id && r.Status == ReserveRequestStatus.Pending).ToListAsync(ct);
        var names = payees.ToDictionary(p => p.Id, p => p.Name);
        var total = ledger.Balance();
        var approved = claim.Status is ClaimStatus.Approved or ClaimStatus.Paid or ClaimStatus.Closed ? claim.Settlement : (decimal?)null;
        var recoveries = await db.Set<Recovery>().AsNoTracking().Where(r => r.ClaimId == id).OrderBy(r => r.OpenedAt).ToListAsync(ct);
        return new Response(
            claim.Id, claim.Number, claim.Status, claim.Excess.Amount, approved, ledger.IndemnityPaid,
            new Totals(total.Reserve.Amount, total.Paid.Amount, total.Outstanding.Amount, total.RecoveriesOpen.Amount, total.RecoveriesReceived.Amount, total.Incurred.Amount),
            Enum.GetValues<CostCategory>().Select(c => (Category: c, Balance: ledger.Balance(c)))
                .Where(c => c.Balance.Reserve != Money.Zero || c.Balance.Paid != Money.Zero || c.Category == CostCategory.OwnDamageRepair)
                .Select(c => new Balance(c.Category.ToString(), c.Balance.Reserve.Amount, c.Balance.Paid.Amount, c.Balance.Outstanding.Amount)).ToList(),
            ledger.Payments.Select(p => new PaymentView(
                p.Id, p.Reference ?? "", p.At, p.Category.ToString(), p.Amount.Amount, p.PayeeId, p.PayeeId is { } payee ? names.GetValueOrDefault(payee, "?") : "Policyholder (straight-through)",
                p.Final, ledger.IsVoided(p.Id), ledger.Exported.Contains(p.Id))).ToList(),
            payees.Select(p => new PayeeView(p.Id, p.Kind.ToString(), p.Name, p.MaskedAccount, p.Bank)).ToList(),
            pending.Select(r => new PendingChange(r.Id, r.Category.ToString(), r.Reserve, r.Reason, r.RequestedBy, r.RequestedAt, r.ReferToLevel)).ToList(),
            ledger.Entries.Select(e => new Line(e.Id, e.At, e.Kind.ToString(), e.Category.ToString(), e.Amount.Amount, e.Reason, e.By, e.Voids, e.Reference)).ToList(),
            new SettlementTerms(claim.ActualValue, claim.IsTotalLoss, claim.TotalLossPayable, claim.SubrogationParty, claim.SubrogatedAmount),
            recoveries.Select(r => ViewOf(r, RecoveryBalance.Of(ledger.Entries, r.Id))).ToList());
    }

    public static RecoveryView ViewOf(Recovery r, RecoveryBalance b) =>
        new(r.Id, r.Kind.ToString(), r.Party, r.Reference, r.OpenedAt, b.Demanded.Amount, b.Received.Amount, b.WrittenOff.Amount, b.Open.Amount);
}
