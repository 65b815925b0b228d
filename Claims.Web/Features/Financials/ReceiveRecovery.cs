using Claims.Domain.Financials;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Principal = System.Security.Claims.ClaimsPrincipal;

namespace Claims.Web.Features.Financials;

/// <summary>POST /api/recoveries/{id}/receipts: money received on a recovery, partial or in full, never above what is still open.</summary>
public static class ReceiveRecovery
{
    public sealed record Request(decimal? Amount, string? Reason);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/recoveries/{id:guid}/receipts", Handle)
            .RequireAuthorization(Policies.Adjusters)
            .WithTags("Claim money")
            .Produces<GetFinancials.RecoveryView>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesValidationProblem()
            .WithSummary("Record money received from the salvage buyer or the liable party (partial allowed); it reduces incurred.");

    public static async Task<IResult> Handle(Guid id, Request request, Principal user, ClaimsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var amount = MoneyInput.Amount(errors, "amount", request.Amount, allowZero: false);
        var reason = MoneyInput.Text(errors, "reason", request.Reason, 500, required: false);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await RecoveryState.LoadAsync(db, id, ct) is not { } state)
        {
            return RecoveryState.NotFound(id);
        }

        if (state.Settled() is { } settled)
        {
            return settled;
        }

        if (state.Balance.CheckReceipt(amount) is { } refusal)
        {
            return TypedResults.Problem(refusal, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Receipt refused");
        }

        return await state.AppendAsync(db, TransactionKind.RecoveryReceived, amount,
            reason.Length > 0 ? reason : $"Received from {state.Recovery.Party}", user.UserName(), time.GetUtcNow().UtcDateTime, ct);
    }
}
