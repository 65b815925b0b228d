using System.Security.Claims;
using Claims.Domain.Policies;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Engine;
using Claims.Workflows.Hosting;

namespace Claims.Web.Features.PolicyUnderwriting;

/// <summary>POST /api/proposals: records the proposal and starts policy underwriting for it in one transaction.</summary>
public static class SubmitProposal
{
    public sealed record Response(Guid Id, string Number, string Status, decimal? Premium);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/proposals", Handle)
            .RequireAuthorization(Policies.Agents)
            .WithTags("Proposals")
            .Produces<Response>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Submit a proposal; the agent's disclosure checkpoint follows in their work queue.");

    public static async Task<IResult> Handle(
        ProposalRequest request, ClaimsPrincipal user, ClaimsDbContext db, ProposalRating rating, WorkflowHost host, TimeProvider time, CancellationToken ct)
    {
        var (proposal, problem) = await SubmitAsync(request, user.UserName(), db, rating, host, time, ct);
        return proposal is null
            ? problem!
            : TypedResults.Created($"/api/proposals/{proposal.Id}", new Response(proposal.Id, proposal.Number, proposal.Status.ToString(), proposal.RatedPremium));
    }

    /// <summary>Shared with the proposal page: the saved proposal, or the problem (validation or otherwise) to show.</summary>
    public static async Task<(Proposal? Proposal, IResult? Problem)> SubmitAsync(
        ProposalRequest request, string userName, ClaimsDbContext db, ProposalRating rating, WorkflowHost host, TimeProvider time, CancellationToken ct)
    {
        var (proposal, problem) = await QuoteProposal.BuildAsync(request, userName, db, time, ct);
        if (proposal is null)
        {
            return (null, problem);
        }

        var quote = await rating.QuoteAsync(proposal, ct);
        if (!quote.IsRated)
        {
            return (null, TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["rating"] = [.. quote.Errors] }));
        }

        db.Proposals.Add(proposal);
        var started = await host.StartAsync(ProposalTasks.WorkflowId, null, new BusinessObjectReference(ProposalLoader.ObjectName, proposal.Id.ToString()), ct);
        if (started.InstanceId is not { } instanceId)
        {
            return (null, TypedResults.Problem(started.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Policy underwriting is not available"));
        }

        proposal.AttachWorkflow(instanceId);
        await db.SaveChangesAsync(ct);
        return (proposal, null);
    }
}
