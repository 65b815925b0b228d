using Claims.Domain.Financials;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Principal = System.Security.Claims.ClaimsPrincipal;

namespace Claims.Web.Features.Financials;

/// <summary>POST /api/claims/{id}/payees: a repair shop, the policyholder, a third party or a hospital, with the bank account payments go to.</summary>
public static class AddPayee
{
    public sealed record Request(string? Kind, string? Name, string? Account, string? Bank);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/claims/{id:guid}/payees", Handle)
            .RequireAuthorization(Policies.Adjusters)
            .WithTags("Claim money")
            .Produces<GetFinancials.PayeeView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesValidationProblem()
            .WithSummary("Add a payee with bank details (IBAN-like account; shown masked). A claim with payees is settled payment by payment.");

    public static async Task<IResult> Handle(Guid id, Request request, Principal user, ClaimsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var kind = MoneyInput.Choice<PayeeKind>(errors, "kind", request.Kind);
        var name = MoneyInput.Text(errors, "name", request.Name, 200);
        var bank = MoneyInput.Text(errors, "bank", request.Bank, 200, required: false);
        if (request.Account is null || request.Account.Length > 60 || BankAccount.Check(request.Account) is not null)
        {
            errors["account"] = [BankAccount.Check(request.Account?.Length > 60 ? "" : request.Account) ?? "At most 60 characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var claim = await db.Claims.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (claim is null)
        {
            return TypedResults.Problem($"Claim {id} does not exist.", statusCode: StatusCodes.Status404NotFound);
        }

        if (!claim.IsOpen)
        {
            return TypedResults.Problem($"Claim {claim.Number} is {claim.Status}.", statusCode: StatusCodes.Status409Conflict, title: "Claim closed");
        }

        var payee = Payee.Add(Guid.CreateVersion7(), id, kind, name, request.Account!, bank, user.UserName(), time.GetUtcNow().UtcDateTime);
        db.Add(payee);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/claims/{id}/financials", new GetFinancials.PayeeView(payee.Id, payee.Kind.ToString(), payee.Name, payee.MaskedAccount, payee.Bank));
    }
}
