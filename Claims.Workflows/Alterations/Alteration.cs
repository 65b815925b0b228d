using System.Text.Json.Nodes;

namespace Claims.Workflows.Alterations;

/// <summary>
/// One change to a running instance, in Elsa's alteration shape: <c>type</c> and that type's fields. <see cref="ActivityMap"/>
/// (ours) maps waiting activity ids of the instance's version to ids of the target version; ids it does not name map to themselves.
/// </summary>
public sealed record Alteration(
    string? Type,
    int? TargetVersion = null,
    Dictionary<string, string>? ActivityMap = null,
    string? VariableId = null,
    JsonNode? Value = null,
    string? ActivityId = null)
{
    public const string Migrate = nameof(Migrate);
    public const string ModifyVariable = nameof(ModifyVariable);
    public const string Cancel = nameof(Cancel);
    public const string ScheduleActivity = nameof(ScheduleActivity);
    public const string Retry = nameof(Retry);

    public static readonly IReadOnlyList<string> Types = [Migrate, ModifyVariable, Cancel, ScheduleActivity, Retry];

    public string MapActivity(string activityId) => ActivityMap?.GetValueOrDefault(activityId) is { Length: > 0 } to ? to : activityId;
}

/// <summary>What an alteration did (or, in a dry run, would do) to one instance; on failure the last line says why and nothing is staged.</summary>
public sealed record AlterationResult(bool Succeeded, IReadOnlyList<string> Log)
{
    public static AlterationResult Failed(IEnumerable<string> log, string reason) => new(false, [.. log, reason]);
}
