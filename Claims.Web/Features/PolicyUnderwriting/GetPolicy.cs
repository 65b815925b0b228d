using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.PolicyUnderwriting;

/// <summary>GET /api/policies/{id}: an issued policy with the controlled form it was issued on.</summary>
public static class GetPolicy
{
    public sealed record Response(
        Guid Id, string Number, long? FormSerial, string Status, Guid? ProposalId, string Policyholder, string Vin, string Plate,
        DateOnly StartDate, DateOnly ExpiryDate, decimal Premium, string Covers, decimal SumInsured, decimal Excess, string AgentCode);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/policies/{id:guid}", Handle)
            .RequireAuthorization(Policies.PolicyReaders)
            .WithTags("Policies")
            .Produces<Response>()
            .WithSummary("An issued policy.");

    public static async Task<IResult> Handle(Guid id, System.Security.Claims.ClaimsPrincipal user, ClaimsDbContext db, CancellationToken ct)
    {
        // Another agent's policy answers as a missing one.
        var row = await RecordAccess.MaySeePolicyAsync(db, user, id, ct) ? await FindAsync(db, id, ct) : null;
        return row is null ? TypedResults.Problem($"Policy {id} does not exist.", statusCode: StatusCodes.Status404NotFound) : TypedResults.Ok(row);
    }

    public static Task<Response?> FindAsync(ClaimsDbContext db, Guid id, CancellationToken ct) =>
        (from p in db.Policies.AsNoTracking()
         join h in db.Policyholders on p.PolicyholderId equals h.Id
         join v in db.Vehicles on p.VehicleId equals v.Id
         join a in db.Agents on p.AgentId equals a.Id
         where p.Id == id
         select new Response(p.Id, p.Number, p.FormSerial, p.Status.ToString(), p.ProposalId, h.Name, v.Vin, v.Plate, p.StartDate, p.ExpiryDate,
             p.Premium, p.Covers.ToString(), p.SumInsured, p.Excess.Amount, a.Code)).FirstOrDefaultAsync(ct);
}
