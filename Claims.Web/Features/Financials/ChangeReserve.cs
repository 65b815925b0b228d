using System.Text.Json.Nodes;
using Claims.Domain.Financials;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Features.Workflows.Contracts;
using Claims.Web.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore;
using Principal = System.Security.Claims.ClaimsPrincipal;

namespace Claims.Web.Features.Financials;

/// <summary>
/// POST /api/claims/{id}/reserves: sets a category's case reserve. Within the user's reserve authority it is one ledger line;
/// beyond it the change waits for a senior at the motor-claim workflow's reserve checkpoint.
/// </summary>
public static class ChangeReserve
{
    public const string MessageName = "ReserveChangeRequested";

    public sealed record Request(string? Category, decimal? Reserve, string? Reason);

    public sealed record Response(string Status, string Category, decimal Reserve, Guid? RequestId, int? ReferToLevel);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/claims/{id:guid}/reserves", Handle)
            .RequireAuthorization(Policies.Adjusters)
            .WithTags("Claim money")
            .Produces<Response>().Produces<Response>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesValidationProblem()
            .WithSummary("Set a category's reserve: applied within your reserve authority (200), else waiting for a senior's approval (202).");

    public static async Task<IResult> Handle(Guid id, Request request, Principal user, ClaimsDbContext db, MoneyOptions options, TimeProvider time, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var category = MoneyInput.Choice<CostCategory>(errors, "category", request.Category);
        var reserve = MoneyInput.Amount(errors, "reserve", request.Reserve, allowZero: true);
        var reason = MoneyInput.Text(errors, "reason", request.Reason, 500);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var claim = await db.Claims.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (claim is null)
        {
            return TypedResults.Problem($"Claim {id} does not exist.", statusCode: StatusCodes.Status404NotFound);
        }

        if (!claim.IsOpen)
        {
            return TypedResults.Problem($"Claim {claim.Number} is {claim.Status}; its reserves are closed.", statusCode: StatusCodes.Status409Conflict, title: "Claim closed");
        }

        if (await db.Set<ReserveRequest>().AnyAsync(r => r.ClaimId == id && r.Status == ReserveRequestStatus.Pending, ct))
        {
            return TypedResults.Problem($"A reserve change of claim {claim.Number} is already waiting for approval; it is decided first.",
                statusCode: StatusCodes.Status409Conflict, title: "Reserve change pending");
        }

        var ledger = await ClaimLedger.LoadAsync(db, id, ct);
        var paid = ledger.Balance(category).Paid.Amount;
        if (reserve < paid)
        {
            return TypedResults.Problem($"{category} has {paid:N2} paid; its reserve cannot go below that (the outstanding would be negative).",
                statusCode: StatusCodes.Status422UnprocessableEntity, title: "Reserve below paid");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var userName = user.UserName();
        var level = await db.Users.Where(u => u.UserName == userName).Select(u => u.AuthorityLevel).SingleOrDefaultAsync(ct);
        var decision = ReserveAuthority.Decide(reserve, level, options.ReserveAuthorityLimits);
        if (decision.Within)
        {
            await LedgerWrites.SetReserveAsync(db, claim, category, reserve, reason, userName, now, ct);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(new Response("Applied", category.ToString(), reserve, null, null));
        }

        var pending = ReserveRequest.Open(Guid.CreateVersion7(), id, category, reserve, reason, userName, decision.ReferTo ?? level + 1, now);
        db.Add(pending);
        claim.RecordLedgerChange();
        db.AddOutboxMessage(new DeliverWorkflowMessage(MessageName, $"claim:{id}", new JsonObject { ["requestId"] = pending.Id.ToString() }.ToJsonString()), now);
        await db.SaveChangesAsync(ct);
        return TypedResults.Accepted($"/api/claims/{id}/financials", new Response("PendingApproval", category.ToString(), reserve, pending.Id, pending.ReferToLevel));
    }
}
