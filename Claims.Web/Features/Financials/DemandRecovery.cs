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
/// POST /api/claims/{id}/recoveries: opens a recovery in the ledger (RecoveryOpened). Salvage: a total loss's wreck sold to a
/// buyer for the amount given. Subrogation: the other party's share we paid, demanded from the liable party, once paid.
/// </summary>
public static class DemandRecovery
{
    public sealed record Request(string? Kind, string? Party, decimal? Amount, string? Reason);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/claims/{id:guid}/recoveries", Handle)
            .RequireAuthorization(Policies.Adjusters)
            .WithTags("Claim money")
            .Produces<GetFinancials.RecoveryView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesValidationProblem()
            .WithSummary("Open a recovery: a total loss's salvage sale (buyer, price) or the subrogation demand against the liable party (the share we paid).");

    public static async Task<IResult> Handle(Guid id, Request request, Principal user, ClaimsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var kind = MoneyInput.Choice<RecoveryKind>(errors, "kind", request.Kind);
        var reason = MoneyInput.Text(errors, "reason", request.Reason, 500, required: false);
        var party = MoneyInput.Text(errors, "party", request.Party, 200, required: kind == RecoveryKind.Salvage);
        var amount = 0m;
        if (kind == RecoveryKind.Salvage)
        {
            amount = MoneyInput.Amount(errors, "amount", request.Amount, allowZero: false);
        }
        else if (request.Amount is not null)
        {
            errors["amount"] = ["A subrogation demand is the other party's share we paid; leave the amount out."];
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

        var refusal = kind switch
        {
            RecoveryKind.Salvage when !claim.IsTotalLoss => $"Claim {claim.Number} is not settled as a total loss: there is no wreck of ours to sell.",
            RecoveryKind.Subrogation when claim.SubrogationParty is null => $"The policyholder of claim {claim.Number} has not asked us to pay the other party's share.",
            RecoveryKind.Subrogation when claim.SubrogatedAmount <= 0m => $"Claim {claim.Number} has no other party's share to recover.",
            _ => null,
        };
        if (refusal is not null)
        {
            return TypedResults.Problem(refusal, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Nothing to recover");
        }

        if (kind == RecoveryKind.Subrogation && claim.Status is not (ClaimStatus.Paid or ClaimStatus.Closed))
        {
            return TypedResults.Problem($"Claim {claim.Number} is {claim.Status}; the other party's share is demanded once we have paid it.",
                statusCode: StatusCodes.Status409Conflict, title: "Not paid yet");
        }

        if (await db.Set<Recovery>().AnyAsync(r => r.ClaimId == id && r.Kind == kind, ct))
        {
            return TypedResults.Problem($"Claim {claim.Number} already has a {kind} recovery; record receipts on it or write it off.",
                statusCode: StatusCodes.Status409Conflict, title: "Recovery already open");
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (kind == RecoveryKind.Subrogation)
        {
            amount = claim.SubrogatedAmount;
            party = party.Length > 0 ? party : claim.SubrogationParty!;
        }

        var reference = string.Create(CultureInfo.InvariantCulture, $"REC-{claim.Number}-{(kind == RecoveryKind.Salvage ? "S" : "R")}");
        var recovery = Recovery.Open(Guid.CreateVersion7(), id, kind, party, reference, user.UserName(), now);
        db.Add(recovery);
        db.Add(LedgerEntry.ForRecovery(Guid.CreateVersion7(), recovery, TransactionKind.RecoveryOpened, amount,
            reason.Length > 0 ? reason : kind == RecoveryKind.Salvage ? $"Wreck sold to {party}" : $"Subrogation demand against {party}", user.UserName(), now));
        claim.RecordLedgerChange();
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/claims/{id}/financials", GetFinancials.ViewOf(recovery, new RecoveryBalance(Money.Of(amount), Money.Zero, Money.Zero)));
    }
}
