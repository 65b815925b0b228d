using System.Security.Claims;
using Claims.Domain.Policies;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;

namespace Claims.Web.Features.PolicyUnderwriting;

/// <summary>GET /api/proposals/{id}: status, premium breakdown, issues, decisions and the task it waits on.</summary>
public static class GetProposal
{
    public sealed record CurrentTask(Guid Id, string Kind, string? AssigneeRole, string? AssigneeUser, IReadOnlyList<string> Outcomes, string? Link);

    public sealed record Response(
        Guid Id, string Number, string Status, string AgentUserName, string Proposer, DateOnly StartDate, string Covers,
        decimal SumInsured, decimal Excess, decimal CommissionPercent, string? TariffVersion, decimal? RatedPremium, decimal LoadingPercent,
        decimal? FinalPremium, IReadOnlyList<RatingLine> Lines, IReadOnlyList<UnderwritingIssue> Issues, string? ReviewLevel,
        IReadOnlyList<DisclosureAnswer> Disclosure, IReadOnlyList<UnderwriterDecision> Decisions, string? DeclineReason, Guid? PolicyId, CurrentTask? Task);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/proposals/{id:guid}", Handle)
            .RequireAuthorization(Policies.PolicyReaders)
            .WithTags("Proposals")
            .Produces<Response>()
            .WithSummary("A proposal with its rating, issues, decisions and current task.");

    public static async Task<IResult> Handle(Guid id, ClaimsPrincipal user, ClaimsDbContext db, CancellationToken ct)
    {
        var p = await db.Proposals.FindAsync([id], ct);
        // Agents see their own proposals only.
        if (p is null || !RecordAccess.MaySee(user, p))
        {
            return TypedResults.Problem($"Proposal {id} does not exist.", statusCode: StatusCodes.Status404NotFound);
        }

        var task = await ProposalTasks.OpenAsync(db, p.WorkflowInstanceId, null, ct);
        return TypedResults.Ok(new Response(
            p.Id, p.Number, p.Status.ToString(), p.AgentUserName, p.Proposer.Name, p.StartDate, p.Covers.ToString(), p.SumInsured, p.Excess.Amount,
            p.CommissionPercent, p.TariffVersion, p.RatedPremium, p.LoadingPercent.Value, p.FinalPremium, p.RatingLines, p.Issues, p.ReviewLevel?.ToString(),
            p.Disclosure, p.Decisions, p.DeclineReason, p.PolicyId,
            task is null ? null : new CurrentTask(task.Id, task.Kind, task.AssigneeRole, task.AssigneeUser, task.Outcomes, task.Link)));
    }
}
