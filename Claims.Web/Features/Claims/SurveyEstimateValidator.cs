using System.Text.Json.Nodes;
using Claims.Web.Features.Financials;
using Claims.Web.Features.Tasks;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Claims;

/// <summary>
/// A survey task completes only once the claim carries an estimate; a supplement's revised estimate may not settle for less
/// than the claim has already paid.
/// </summary>
public sealed class SurveyEstimateValidator(ClaimsDbContext db) : ITaskCompletionValidator
{
    public const string Kind = "SurveyEstimate";

    public bool Handles(string kind) => kind == Kind;

    public async Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(WorkTask task, string outcome, JsonNode? data, CancellationToken ct)
    {
        var claim = await ClaimTasks.ClaimOfAsync(db, task, ct);
        if (claim is not { HasEstimate: true })
        {
            return new Dictionary<string, string[]> { ["estimate"] = ["Record an estimate with at least one line before submitting it."] };
        }

        var paid = (await ClaimLedger.LoadAsync(db, claim.Id, ct)).IndemnityPaid;
        return claim.Settlement < paid
            ? new Dictionary<string, string[]> { ["estimate"] = [$"The revised estimate settles {claim.Settlement:N2}, below the {paid:N2} already paid on claim {claim.Number}; a supplement only adds to the settlement."] }
            : new Dictionary<string, string[]>();
    }
}
