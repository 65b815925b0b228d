using System.Text.Json.Nodes;
using Claims.Domain.Policies;
using Claims.Web.Features.Tasks;
using Claims.Workflows.Tasks;

namespace Claims.Web.Features.PolicyUnderwriting;

/// <summary>An agent disclosure completes only with every checklist item answered Yes or No and the whole attested.</summary>
public sealed class AgentDisclosureValidator : ITaskCompletionValidator
{
    public bool Handles(string kind) => kind == ProposalTasks.AgentDisclosure;

    public Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(WorkTask task, string outcome, JsonNode? data, CancellationToken ct)
    {
        var missing = DisclosureChecklist.Missing(Answers(data), data?[DisclosureChecklist.AttestedKey] is JsonValue v && v.TryGetValue<bool>(out var a) && a);
        IReadOnlyDictionary<string, string[]> errors = missing.ToDictionary(
            key => key,
            key => key == DisclosureChecklist.AttestedKey
                ? new[] { "The agent must attest that the disclosure is complete and true." }
                : [$"Answer Yes or No: {DisclosureChecklist.Items.Single(i => i.Key == key).Question}"]);
        return Task.FromResult(errors);
    }

    public static Dictionary<string, string?> Answers(JsonNode? data) =>
        DisclosureChecklist.Items.ToDictionary(i => i.Key, i => data?[i.Key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null);
}
