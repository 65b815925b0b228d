using Claims.Domain.Financials;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Principal = System.Security.Claims.ClaimsPrincipal;

namespace Claims.Web.Features.Financials;

/// <summary>POST /api/payments/{id}/void: cancels a payment not yet exported to the bank, with a reason, by a new ledger line.</summary>
public static class VoidPayment
{
    public sealed record Request(string? Reason);

    public sealed record Response(Guid PaymentId, Guid VoidId, decimal Amount);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/payments/{id:guid}/void", Handle)
            .RequireAuthorization(Policies.Adjusters)
            .WithTags("Claim money")
            .Produces<Response>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesValidationProblem()
            .WithSummary("Void an unexported payment, with a reason (an exported payment is refused: 409).");

    public static async Task<IResult> Handle(Guid id, Request request, Principal user, ClaimsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var reason = MoneyInput.Text(errors, "reason", request.Reason, 500);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var payment = await db.Set<LedgerEntry>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == id && e.Kind == TransactionKind.Payment, ct);
        var claim = payment is null ? null : await db.Claims.SingleAsync(c => c.Id == payment.ClaimId, ct);
        if (payment is null || claim is null)
        {
            return TypedResults.Problem($"Payment {id} does not exist.", statusCode: StatusCodes.Status404NotFound);
        }

        var ledger = await ClaimLedger.LoadAsync(db, claim.Id, ct);
        var refusal = ledger.IsVoided(id) ? $"Payment {payment.Reference} is already voided."
            : ledger.Exported.Contains(id) ? $"Payment {payment.Reference} was exported to the bank; it can no longer be voided."
            : !claim.IsOpen ? $"Claim {claim.Number} is {claim.Status}."
            : null;
        if (refusal is not null)
        {
            return TypedResults.Problem(refusal, statusCode: StatusCodes.Status409Conflict, title: "Cannot void");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var voided = LedgerEntry.VoidOf(Guid.CreateVersion7(), payment, reason, user.UserName(), now);
        db.Add(voided);
        var live = ledger.LivePayments.Where(p => p.Id != id && ClaimLedger.IsIndemnity(p.Category)).ToList();
        var final = live.LastOrDefault(p => p.Final);
        claim.RecordLedgerPayment(live.Sum(p => p.Amount.Amount), final is not null, final?.Reference, final?.At ?? now);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new Response(id, voided.Id, payment.Amount.Amount));
    }
}
