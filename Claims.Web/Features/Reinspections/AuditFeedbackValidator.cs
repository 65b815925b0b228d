using System.Text.Json.Nodes;
using Claims.Web.Features.Tasks;
using Claims.Workflows.Tasks;

namespace Claims.Web.Features.Reinspections;

/// <summary>An adjuster who disputes an audit says why: the senior adjuster decides on that reason.</summary>
public sealed class AuditFeedbackValidator : ITaskCompletionValidator
{
    public const string Dispute = nameof(Dispute);

    public bool Handles(string kind) => kind == ReinspectionTasks.AuditFeedback;

    public Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(WorkTask task, string outcome, JsonNode? data, CancellationToken ct)
    {
        IReadOnlyDictionary<string, string[]> errors = outcome == Dispute && string.IsNullOrWhiteSpace(Reason(data))
            ? new Dictionary<string, string[]> { ["reason"] = ["Give the reason for disputing the audit."] }
            : new Dictionary<string, string[]>();
        return Task.FromResult(errors);
    }

    public static string? Reason(JsonNode? data) => data is JsonObject o && o["reason"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
