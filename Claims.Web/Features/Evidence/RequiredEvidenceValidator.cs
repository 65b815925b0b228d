using System.Text.Json.Nodes;
using Claims.Domain.Claims;
using Claims.Domain.Evidence;
using Claims.Web.Features.Claims;
using Claims.Web.Features.Tasks;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Evidence;

/// <summary>A survey's estimate is submitted only once the claim carries its required evidence (<see cref="RequiredEvidence"/>).</summary>
public sealed class RequiredEvidenceValidator(ClaimsDbContext db, EvidenceOptions options) : ITaskCompletionValidator
{
    public bool Handles(string kind) => kind == SurveyEstimateValidator.Kind && options.EnforceRequired;

    public async Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(WorkTask task, string outcome, JsonNode? data, CancellationToken ct)
    {
        var claim = await ClaimTasks.ClaimOfAsync(db, task, ct);
        var missing = claim is null ? [] : await MissingAsync(db, options, claim, ct);
        return missing.Count == 0
            ? new Dictionary<string, string[]>()
            : new Dictionary<string, string[]> { ["evidence"] = [$"Required evidence is missing: {string.Join("; ", missing.Select(m => m.Text))}."] };
    }

    /// <summary>What the claim still needs before its estimate may be submitted.</summary>
    public static async Task<IReadOnlyList<MissingEvidence>> MissingAsync(ClaimsDbContext db, EvidenceOptions options, Claim claim, CancellationToken ct)
    {
        var present = await db.Set<Attachment>().Where(a => a.ClaimId == claim.Id).GroupBy(a => a.Category)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return options.Required.Missing(claim.Cause, present);
    }
}
