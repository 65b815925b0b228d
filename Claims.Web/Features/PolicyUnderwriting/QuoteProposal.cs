using System.Security.Claims;
using Claims.Domain.Policies;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.PolicyUnderwriting;

/// <summary>POST /api/proposals/quote: the premium and its breakdown, and the issues underwriting would raise, as the agent types.</summary>
public static class QuoteProposal
{
    public sealed record Response(decimal Premium, string TariffVersion, string NcdStep, IReadOnlyList<RatingLine> Lines, IReadOnlyList<UnderwritingIssue> Issues, string? ReviewLevel);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/proposals/quote", Handle)
            .RequireAuthorization(Policies.Agents)
            .WithTags("Proposals")
            .Produces<Response>()
            .WithSummary("Rate a proposal without submitting it.");

    public static async Task<IResult> Handle(ProposalRequest request, ClaimsPrincipal user, ClaimsDbContext db, ProposalRating rating, TimeProvider time, CancellationToken ct)
    {
        var (proposal, problem) = await BuildAsync(request, user.UserName(), db, time, ct);
        if (proposal is null)
        {
            return problem!;
        }

        var quote = await rating.QuoteAsync(proposal, ct);
        if (!quote.IsRated)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["rating"] = [.. quote.Errors] });
        }

        var issues = rating.Issues(proposal);
        var decision = AuthorityDecision.For(issues, await rating.LimitsAsync(ct));
        return TypedResults.Ok(new Response(quote.Premium, quote.TariffVersion, proposal.Ncd.Key, quote.Lines, issues, decision.Level?.ToString()));
    }

    /// <summary>The signed-in agent's proposal from the request, or the problem to answer with.</summary>
    public static async Task<(Proposal? Proposal, IResult? Problem)> BuildAsync(ProposalRequest request, string userName, ClaimsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var agent = await db.Agents.AsNoTracking().FirstOrDefaultAsync(a => a.UserName == userName, ct);
        if (agent is null)
        {
            return (null, TypedResults.Problem($"User '{userName}' is not linked to an agent record.", statusCode: StatusCodes.Status403Forbidden, title: "Not an agent of record"));
        }

        var code = request.Vehicle?.ModelCode?.Trim().ToUpperInvariant();
        var model = code is null ? null : await db.VehicleModels.AsNoTracking().FirstOrDefaultAsync(m => m.Code == code, ct);
        var (proposal, errors) = request.Build(Guid.CreateVersion7(), time.GetUtcNow().UtcDateTime, agent, userName, model);
        return proposal is null ? (null, TypedResults.ValidationProblem(errors)) : (proposal, null);
    }
}
