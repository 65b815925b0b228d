using Claims.Domain.Claims;
using Claims.Domain.Policies;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Principal = System.Security.Claims.ClaimsPrincipal;

namespace Claims.Web.Features.Claims;

public sealed record FindingsRequest(bool Modified, bool CommercialUse, bool UnnamedDriver, bool UndeclaredPriorClaims, bool PreviousRefusal)
{
    public SurveyFindings ToFindings() => new(Modified, CommercialUse, UnnamedDriver, UndeclaredPriorClaims, PreviousRefusal);
}

/// <summary>
/// PUT /api/claims/{id}/findings: what the survey found on the disclosure checklist's items (modified, commercial use,
/// an unnamed driver, undeclared prior claims, a previous refusal), checked against the agent's attested disclosure.
/// Only the adjuster holding the open survey task records them; the contradictions count on the agent's scorecard.
/// </summary>
public static class RecordFindings
{
    public sealed record Response(bool HasDisclosure, int Contradictions, IReadOnlyList<Contradiction> Items);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPut("/api/claims/{id:guid}/findings", Handle)
            .RequireAuthorization(Policies.Adjusters)
            .WithTags("Claims")
            .Produces<Response>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Record the survey's findings; answers of the policy's disclosure they contradict are returned and counted against the agent.");

    public static async Task<IResult> Handle(Guid id, FindingsRequest request, Principal user, ClaimsDbContext db, CancellationToken ct)
    {
        var open = await RecordEstimate.OpenSurveyAsync(db, id, user, "findings are recorded during the survey", "Survey not open", ct);
        if (open is not ({ } claim, null))
        {
            return open.Problem!;
        }

        var check = await ApplyAsync(db, claim, request.ToFindings(), ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new Response(check.HasDisclosure, check.Count, check.Contradictions));
    }

    /// <summary>Checks the findings against the disclosure attested for the policy (a renewal carries its first term's) and records both on the claim.</summary>
    public static async Task<DisclosureCheckResult> ApplyAsync(ClaimsDbContext db, Claim claim, SurveyFindings findings, CancellationToken ct)
    {
        var check = DisclosureCheck.Compare(await DisclosureOfAsync(db, claim.PolicyId, ct), findings);
        claim.RecordFindings(findings, check);
        return check;
    }

    private static async Task<IReadOnlyList<DisclosureAnswer>> DisclosureOfAsync(ClaimsDbContext db, Guid policyId, CancellationToken ct)
    {
        // Follow the renewal chain back to the term that was proposed (and disclosed) through an agent.
        Guid? current = policyId;
        for (var hops = 0; current is { } id && hops < 50; hops++)
        {
            var policy = await db.Policies.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.ProposalId, p.RenewalOfPolicyId }).SingleOrDefaultAsync(ct);
            if (policy?.ProposalId is { } proposalId)
            {
                var proposal = await db.Proposals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == proposalId, ct);
                if (proposal is { Disclosure.Count: > 0 })
                {
                    return proposal.Disclosure;
                }
            }

            current = policy?.RenewalOfPolicyId;
        }

        return [];
    }
}
