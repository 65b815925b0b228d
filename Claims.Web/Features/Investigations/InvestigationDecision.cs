using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Claims.Domain.Common;
using Claims.Domain.Fraud;

namespace Claims.Web.Features.Investigations;

/// <summary>What the investigator submits with the task's outcome: <c>{ "reason": "…", "reducedTo": 1234.50 }</c> (reducedTo only for Reduce).</summary>
public sealed record InvestigationDecision(InvestigationOutcome Outcome, string Reason, decimal? ReducedTo)
{
    public const string TaskKind = "Investigation";

    /// <summary>The decision, or the problems with it keyed by field; <paramref name="claimed"/> bounds a reduction.</summary>
    public static (InvestigationDecision? Decision, Dictionary<string, string[]> Errors) Read(string outcome, JsonNode? data, decimal claimed)
    {
        var errors = new Dictionary<string, string[]>();
        var fields = data as JsonObject;
        var reason = Text(fields?["reason"]);
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors["reason"] = ["A reason is required for every investigation outcome."];
        }
        else if (reason.Trim().Length > Investigation.MaxReason)
        {
            errors["reason"] = [$"A reason is at most {Investigation.MaxReason} characters."];
        }

        if (!EnumText.TryParse(outcome, out InvestigationOutcome decided))
        {
            errors["outcome"] = [$"An investigation ends with one of: {EnumText.Names<InvestigationOutcome>()}."];
            return (null, errors);
        }

        var reducedTo = Amount(fields?["reducedTo"]);
        if (decided == InvestigationOutcome.Reduce
            && (reducedTo is not { } to || to < 0 || to >= claimed || !Money.HasAtMostTwoDecimals(to)))
        {
            errors["reducedTo"] = [string.Create(CultureInfo.InvariantCulture,
                $"Reduce needs the amount to settle: from 0 to below the claimed {claimed:0.00}, at most 2 decimals.")];
        }

        return errors.Count > 0 ? (null, errors) : (new InvestigationDecision(decided, reason!.Trim(), decided == InvestigationOutcome.Reduce ? reducedTo : null), errors);
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static decimal? Amount(JsonNode? node) => node is JsonValue value ? value.GetValueKind() switch
    {
        JsonValueKind.Number when decimal.TryParse(value.ToJsonString(), NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var d) => d,
        JsonValueKind.String when decimal.TryParse(value.GetValue<string>(), NumberStyles.Number, CultureInfo.InvariantCulture, out var s) => s,
        _ => null,
    } : null;
}
