using System.Text.Json.Nodes;
using Claims.Domain.Common;
using Claims.Domain.Policies;
using Claims.Web.Features.Tasks;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Tasks;

namespace Claims.Web.Features.PolicyUnderwriting;

/// <summary>
/// An underwriting decision needs a reason, and its terms (loading %, new excess) when it sets them: the first review's, and a
/// proposal's referral review in the referral-approval sub-flow (a referral serving a claim is not this validator's).
/// </summary>
public sealed class UnderwritingReviewValidator(ClaimsDbContext db) : ITaskCompletionValidator
{
    public bool Handles(string kind) => kind == ProposalTasks.UnderwritingReview || ProposalTasks.IsReferral(kind);

    public async Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(WorkTask task, string outcome, JsonNode? data, CancellationToken ct)
    {
        var proposalId = await ProposalTasks.ProposalIdAsync(db, task, ct);
        if (proposalId is null && ProposalTasks.IsReferral(task.Kind))
        {
            return new Dictionary<string, string[]>();
        }

        var read = Read(outcome, data);
        if (read.Kind is not { } kind)
        {
            return new Dictionary<string, string[]> { ["decision"] = ["With Accept, the decision is Accept, Load or RaiseExcess."] };
        }

        var proposal = proposalId is null ? null : await db.Proposals.FindAsync([proposalId.Value], ct);
        var level = AuthorityLevels.OfRole(task.AssigneeRole ?? "") ?? AuthorityLevel.Underwriter;
        return UnderwriterDecision.Check(kind, read.Reason, read.LoadingPercent, read.Excess, proposal?.Excess.Amount ?? 0m, level);
    }

    /// <summary>Outcome Accept carries Accept, Load or RaiseExcess in data.decision; Decline and ReferUp (a referral's Refer) are their own decisions.</summary>
    public static (DecisionKind? Kind, string? Reason, decimal? LoadingPercent, decimal? Excess) Read(string outcome, JsonNode? data)
    {
        var text = Text(data, "decision");
        DecisionKind? kind = outcome switch
        {
            "Decline" => DecisionKind.Decline,
            "ReferUp" or "Refer" => DecisionKind.ReferUp,
            "Accept" when string.IsNullOrWhiteSpace(text) => DecisionKind.Accept,
            "Accept" when EnumText.TryParse<DecisionKind>(text, out var k) && k is DecisionKind.Accept or DecisionKind.Load or DecisionKind.RaiseExcess => k,
            _ => null,
        };
        return (kind, Text(data, "reason"), Number(data, "loadingPercent"), Number(data, "excess"));
    }

    private static string? Text(JsonNode? data, string key) => data?[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static decimal? Number(JsonNode? data, string key) => data?[key] switch
    {
        JsonValue v when v.TryGetValue<decimal>(out var d) => d,
        JsonValue v when v.TryGetValue<string>(out var s) && decimal.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };
}
