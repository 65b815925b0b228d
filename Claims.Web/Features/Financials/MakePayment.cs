using System.Globalization;
using Claims.Domain.Claims;
using Claims.Domain.Common;
using Claims.Domain.Financials;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Principal = System.Security.Claims.ClaimsPrincipal;

namespace Claims.Web.Features.Financials;

/// <summary>
/// POST /api/claims/{id}/payments: a partial or final payment to a payee of the claim, never above the approved settlement
/// (which already deducts the excess, once) nor above the category's outstanding reserve. The claim's version guards the
/// check: of two payments computed from one state only one is stored, the other answers 409.
/// </summary>
public static class MakePayment
{
    public sealed record Request(Guid? PayeeId, string? Category, decimal? Amount, bool Final, string? Reason);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/claims/{id:guid}/payments", Handle)
            .RequireAuthorization(Policies.Adjusters)
            .WithTags("Claim money")
            .Produces<GetFinancials.PaymentView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesValidationProblem()
            .WithSummary("Pay a payee (partial, or final: the category's outstanding reserve closes); refused above the approved settlement or the reserve.");

    public static async Task<IResult> Handle(Guid id, Request request, Principal user, ClaimsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var category = MoneyInput.Choice<CostCategory>(errors, "category", request.Category, CostCategory.OwnDamageRepair);
        var amount = MoneyInput.Amount(errors, "amount", request.Amount, allowZero: false);
        var reason = MoneyInput.Text(errors, "reason", request.Reason, 500, required: false);
        if (request.PayeeId is null)
        {
            errors["payeeId"] = ["Choose a payee of the claim."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var claim = await db.Claims.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (claim is null)
        {
            return TypedResults.Problem($"Claim {id} does not exist.", statusCode: StatusCodes.Status404NotFound);
        }

        var payee = await db.Set<Payee>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.PayeeId && p.ClaimId == id, ct);
        if (payee is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["payeeId"] = [$"No payee {request.PayeeId} on claim {claim.Number}."] });
        }

        if (claim.Status != ClaimStatus.Approved)
        {
            return TypedResults.Problem(claim.Status == ClaimStatus.Paid
                    ? $"Claim {claim.Number} is settled by a final payment; void it before paying more."
                    : $"Claim {claim.Number} is {claim.Status}; payments are made once its settlement is approved for payment.",
                statusCode: StatusCodes.Status409Conflict, title: "Not open for payment");
        }

        var ledger = await ClaimLedger.LoadAsync(db, id, ct);
        if (ledger.Settled)
        {
            // The claim was read before a final payment committed: this request lost the race.
            return TypedResults.Problem($"Claim {claim.Number} was just settled by a final payment; reload before paying more.",
                statusCode: StatusCodes.Status409Conflict, title: "Not open for payment");
        }

        var refusal = (ClaimLedger.IsIndemnity(category) ? PaymentCheck.Check(Money.Of(claim.Settlement), Money.Of(ledger.IndemnityPaid), Money.Of(amount)) : null)
            ?? (amount > ledger.Balance(category).Outstanding.Amount
                ? $"This payment of {amount:N2} is above the {category} outstanding reserve of {ledger.Balance(category).Outstanding:N2}; raise the reserve first."
                : null);
        if (refusal is not null)
        {
            return TypedResults.Problem(refusal, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Payment refused");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var userName = user.UserName();
        var reference = string.Create(CultureInfo.InvariantCulture, $"PAY-{claim.Number}-{ledger.Payments.Count() + 1}");
        var payment = LedgerEntry.Payment(Guid.CreateVersion7(), id, category, amount, payee.Id, request.Final, reference,
            reason.Length > 0 ? reason : $"{(request.Final ? "Final" : "Partial")} payment to {payee.Name}", userName, now);
        db.Add(payment);
        var left = ledger.Balance(category).Outstanding.Amount - amount;
        if (request.Final && left != 0m)
        {
            db.Add(LedgerEntry.ReserveChange(Guid.CreateVersion7(), id, category, -left, $"Outstanding closed by the final payment {reference}", userName, now));
        }

        var settled = ledger.Settled || (request.Final && ClaimLedger.IsIndemnity(category));
        var paid = ledger.IndemnityPaid + (ClaimLedger.IsIndemnity(category) ? amount : 0m);
        claim.RecordLedgerPayment(paid, settled, reference, now);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/claims/{id}/financials",
            new GetFinancials.PaymentView(payment.Id, reference, now, category.ToString(), amount, payee.Id, payee.Name, payment.Final, false, false));
    }
}
