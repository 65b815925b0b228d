using Claims.Domain.Claims;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Financials;

/// <summary>
/// POST /api/claims/{id}/subrogation: the policyholder asks us to pay the other party's share too, net × (1 − share); the
/// settlement then includes it, and once paid a recovery is demanded from the liable party. Only before approval.
/// </summary>
public static class RequestSubrogation
{
    public sealed record Request(string? LiableParty);

    public sealed record Response(Guid ClaimId, string LiableParty, decimal SubrogatedAmount, decimal Settlement);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/claims/{id:guid}/subrogation", Handle)
            .RequireAuthorization(Policies.Adjusters)
            .WithTags("Claim money")
            .Produces<Response>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesValidationProblem()
            .WithSummary("At the policyholder's request, pay the other party's share too and recover it from the liable party (before approval only).");

    public static async Task<IResult> Handle(Guid id, Request request, ClaimsDbContext db, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var party = MoneyInput.Text(errors, "liableParty", request.LiableParty, 200);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var claim = await db.Claims.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (claim is null)
        {
            return TypedResults.Problem($"Claim {id} does not exist.", statusCode: StatusCodes.Status404NotFound);
        }

        if (!claim.IsBeforeApproval)
        {
            return TypedResults.Problem($"Claim {claim.Number} is {claim.Status}; subrogation changes the settlement and is asked for before approval.",
                statusCode: StatusCodes.Status409Conflict, title: "Settlement already decided");
        }

        if (claim.Liability == LiabilityShare.Full)
        {
            return TypedResults.Problem($"The insured driver of claim {claim.Number} is fully liable: there is no other party's share to pay or recover.",
                statusCode: StatusCodes.Status422UnprocessableEntity, title: "Nothing to recover");
        }

        claim.RequestSubrogation(party);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new Response(claim.Id, party, claim.SubrogatedAmount, claim.Settlement));
    }
}
