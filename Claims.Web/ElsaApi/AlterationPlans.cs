using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Alterations;
using Claims.Workflows.Definitions;
using Claims.Workflows.Engine;
using Claims.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.ElsaApi;

/// <summary>Elsa's activity filter: instances waiting (or faulted) at that activity.</summary>
public sealed record ActivityFilter(string? Id, string? NodeId);

/// <summary>
/// Elsa's <c>AlterationWorkflowInstanceFilter</c> plus ours: <c>definitionId</c> and <c>version</c>. An empty filter selects
/// nothing unless <c>emptyFilterSelectsAll</c> says to touch every instance.
/// </summary>
public sealed record AlterationFilter(
    List<string>? WorkflowInstanceIds = null,
    string? DefinitionId = null,
    int? Version = null,
    List<string>? DefinitionVersionIds = null,
    List<string>? Statuses = null,
    List<string>? SubStatuses = null,
    List<ActivityFilter>? ActivityFilters = null,
    bool EmptyFilterSelectsAll = false)
{
    public bool IsEmpty => WorkflowInstanceIds is not { Count: > 0 } && DefinitionId is null && DefinitionVersionIds is not { Count: > 0 }
        && Statuses is not { Count: > 0 } && SubStatuses is not { Count: > 0 } && ActivityIds.Count == 0;

    public List<string> ActivityIds => [.. (ActivityFilters ?? []).Select(a => a.Id ?? a.NodeId).OfType<string>()];
}

/// <summary>Elsa's <c>AlterationPlanParams</c>: an optional id, the alterations and the filter.</summary>
public sealed record AlterationPlanRequest(string? Id, List<Alteration>? Alterations, AlterationFilter? Filter);

/// <summary>Plan checks (each a field of a 400 problem) and the filter as a query.</summary>
public static class AlterationPlans
{
    public static async Task<Dictionary<string, string[]>> ValidateAsync(AlterationPlanRequest plan, ClaimsDbContext db, bool requireAlterations, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var filter = plan.Filter ?? new AlterationFilter();
        if (filter.IsEmpty && !filter.EmptyFilterSelectsAll)
        {
            errors["filter"] = ["An empty filter would select every instance; narrow it, or set emptyFilterSelectsAll to confirm."];
        }

        if ((filter.WorkflowInstanceIds ?? []).FirstOrDefault(s => !Guid.TryParse(s, out _)) is { } badId)
        {
            errors["filter.workflowInstanceIds"] = [$"'{badId}' is not an instance id."];
        }

        if ((filter.Statuses ?? []).Concat(filter.SubStatuses ?? []).FirstOrDefault(s => ParseStatus(s) is null) is { } badStatus)
        {
            errors["filter.statuses"] = [$"'{badStatus}' is not one of: {string.Join(", ", Enum.GetNames<WorkflowStatus>())}."];
        }

        if (filter.Version is not null && filter.DefinitionId is null)
        {
            errors["filter.version"] = ["A version needs a definitionId."];
        }

        List<WorkflowDefinitionRecord> versions = filter.DefinitionId is null ? [] : await db.Set<WorkflowDefinitionRecord>().AsNoTracking()
            .Where(r => r.DefinitionId == filter.DefinitionId).ToListAsync(ct);
        if (filter.DefinitionId is not null && versions.Count == 0)
        {
            errors["filter.definitionId"] = [$"There is no workflow definition '{filter.DefinitionId}'."];
        }
        else if (filter.Version is { } v && versions.All(r => r.Version != v))
        {
            errors["filter.version"] = [$"Version {v} of '{filter.DefinitionId}' does not exist."];
        }

        var alterations = plan.Alterations ?? [];
        if (requireAlterations && alterations.Count == 0)
        {
            errors["alterations"] = ["A plan needs at least one alteration."];
        }

        for (var i = 0; i < alterations.Count; i++)
        {
            if (Check(alterations[i], versions, filter.Version) is { } error)
            {
                errors[$"alterations[{i}]"] = [error];
            }
        }

        return errors;
    }

    /// <summary>The matching instance ids, oldest first.</summary>
    public static async Task<List<Guid>> FindAsync(ClaimsDbContext db, AlterationFilter filter, CancellationToken ct)
    {
        var query = db.Set<WorkflowInstanceRecord>().AsNoTracking();
        if (filter.WorkflowInstanceIds is { Count: > 0 })
        {
            var ids = filter.WorkflowInstanceIds.Select(Guid.Parse).ToList();
            query = query.Where(i => ids.Contains(i.Id));
        }

        if (filter.DefinitionId is { } definitionId)
        {
            query = query.Where(i => i.DefinitionId == definitionId);
        }

        if (filter.Version is { } version)
        {
            query = query.Where(i => i.DefinitionVersion == version);
        }

        if (filter.DefinitionVersionIds is { Count: > 0 } versionIds)
        {
            query = query.Where(i => versionIds.Contains(i.DefinitionVersionId));
        }

        var statuses = (filter.Statuses ?? []).Concat(filter.SubStatuses ?? []).Select(ParseStatus).OfType<WorkflowStatus>().ToList();
        if (statuses.Count > 0)
        {
            query = query.Where(i => statuses.Contains(i.Status));
        }

        var activities = filter.ActivityIds;
        if (activities.Count > 0)
        {
            query = query.Where(i =>
                db.Set<BookmarkRecord>().Any(b => b.WorkflowInstanceId == i.Id && b.ConsumedAt == null && activities.Contains(b.ActivityId))
                || db.Set<IncidentRecord>().Any(x => x.WorkflowInstanceId == i.Id && x.ResolvedAt == null && activities.Contains(x.ActivityId)));
        }

        return await query.OrderBy(i => i.CreatedAt).ThenBy(i => i.Id).Select(i => i.Id).ToListAsync(ct);
    }

    /// <summary>Ours by name; Elsa's sub-status "Executing" (and "Pending") is our Running.</summary>
    public static WorkflowStatus? ParseStatus(string? text) =>
        text is "Executing" or "Pending" ? WorkflowStatus.Running
        : Enum.TryParse<WorkflowStatus>(text, ignoreCase: true, out var status) && Enum.IsDefined(status) && !int.TryParse(text, out _) ? status : null;

    private static string? Check(Alteration alteration, List<WorkflowDefinitionRecord> versions, int? fromVersion)
    {
        if (!Alteration.Types.Contains(alteration.Type ?? ""))
        {
            return $"Unknown alteration type '{alteration.Type}'; one of: {string.Join(", ", Alteration.Types)}.";
        }

        return alteration.Type switch
        {
            Alteration.Migrate => CheckMigration(alteration, versions, fromVersion),
            Alteration.ModifyVariable when string.IsNullOrWhiteSpace(alteration.VariableId) => "ModifyVariable needs a variableId.",
            Alteration.ScheduleActivity when string.IsNullOrWhiteSpace(alteration.ActivityId) => "ScheduleActivity needs an activityId.",
            _ => null,
        };
    }

    /// <summary>With the definition known, the target version must exist and the mapping must name activities of both versions.</summary>
    private static string? CheckMigration(Alteration alteration, List<WorkflowDefinitionRecord> versions, int? fromVersion)
    {
        if (alteration.TargetVersion is not { } targetVersion)
        {
            return "Migrate needs a targetVersion.";
        }

        if (versions.Count == 0)
        {
            return null; // any definition: each instance checks its own
        }

        if (versions.FirstOrDefault(r => r.Version == targetVersion) is not { } targetRecord)
        {
            return $"Version {targetVersion} of '{versions[0].DefinitionId}' does not exist.";
        }

        if (targetRecord is { IsLatest: true, IsPublished: false })
        {
            return $"Version {targetVersion} of '{targetRecord.DefinitionId}' is a draft; publish it first.";
        }

        var target = WorkflowDefinitionStore.ToDefinition(targetRecord);
        var from = versions.FirstOrDefault(r => r.Version == fromVersion) is { } fromRecord ? WorkflowDefinitionStore.ToDefinition(fromRecord) : null;
        foreach (var (source, destination) in alteration.ActivityMap ?? [])
        {
            if (from is not null && from.Flowchart.Find(source) is null)
            {
                return $"The mapping names '{source}', which is not in version {from.Version}.";
            }

            if (target.Flowchart.Find(destination) is null)
            {
                return $"The mapping sends '{source}' to '{destination}', which is not in version {targetVersion}.";
            }
        }

        return null;
    }

    /// <summary>A definition's activities, for the page's mapping.</summary>
    public static IEnumerable<string> ActivityIds(WorkflowDefinition definition) => definition.Flowchart.Activities.Select(a => a.Id);
}
