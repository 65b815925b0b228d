using Claims.Domain.Financials;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Principal = System.Security.Claims.ClaimsPrincipal;

namespace Claims.Web.Features.Financials;

/// <summary>POST /api/recoveries/{id}/write-off: gives up what is still open on a recovery, with a reason; receipts so far stay.</summary>
public static class WriteOffRecovery
{
    public sealed record Request(string? Reason);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/recoveries/{id:guid}/write-off", Handle)
            .RequireAuthorization(Policies.Adjusters)
            .WithTags("Claim money")
            .Produces<GetFinancials.RecoveryView>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesValidationProblem()
            .WithSummary("Write off what is still open on a recovery, with a reason (nothing open: 409).");

    public static async Task<IResult> Handle(Guid id, Request request, Principal user, ClaimsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var reason = MoneyInput.Text(errors, "reason", request.Reason, 500);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await RecoveryState.LoadAsync(db, id, ct) is not { } state)
        {
            return RecoveryState.NotFound(id);
        }

        return state.Settled() ?? await state.AppendAsync(db, TransactionKind.RecoveryWrittenOff, state.Balance.Open.Amount, reason, user.UserName(), time.GetUtcNow().UtcDateTime, ct);
    }
}
