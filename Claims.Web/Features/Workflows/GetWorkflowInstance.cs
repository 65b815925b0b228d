using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Workflows;

/// <summary>GET /api/workflow-instances/{id}: status, open bookmarks, incidents and the journal in order.</summary>
public static class GetWorkflowInstance
{
    public sealed record Journal(long Sequence, string ActivityId, string ActivityType, string Event, string? Outcome, string? Message, DateTime Timestamp);

    public sealed record OpenBookmark(Guid Id, string ActivityId, string Kind, string? Name, DateTime CreatedAt);

    public sealed record Incident(string ActivityId, string ActivityType, string Message, DateTime Timestamp, DateTime? ResolvedAt);

    public sealed record Response(
        Guid Id, string DefinitionId, int DefinitionVersion, string Status, string? CorrelationId, DateTime CreatedAt, DateTime UpdatedAt,
        DateTime? FinishedAt, IReadOnlyList<OpenBookmark> Bookmarks, IReadOnlyList<Incident> Incidents, IReadOnlyList<Journal> Journal);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/workflow-instances/{id:guid}", Handle)
            .RequireAuthorization(Policies.WorkflowMonitors)
            .WithTags("Workflows")
            .Produces<Response>()
            .WithSummary("A workflow instance with its journal.");

    public static async Task<IResult> Handle(Guid id, ClaimsDbContext db, CancellationToken ct)
    {
        var instance = await db.Set<WorkflowInstanceRecord>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (instance is null)
        {
            return TypedResults.Problem($"Workflow instance {id} does not exist.", statusCode: StatusCodes.Status404NotFound);
        }

        var bookmarks = await db.Set<BookmarkRecord>().AsNoTracking().Where(b => b.WorkflowInstanceId == id && b.ConsumedAt == null)
            .Select(b => new OpenBookmark(b.Id, b.ActivityId, b.Kind, b.Name, b.CreatedAt)).ToListAsync(ct);
        var incidents = await db.Set<IncidentRecord>().AsNoTracking().Where(i => i.WorkflowInstanceId == id)
            .Select(i => new Incident(i.ActivityId, i.ActivityType, i.Message, i.Timestamp, i.ResolvedAt)).ToListAsync(ct);
        var journal = await db.Set<JournalRecord>().AsNoTracking().Where(j => j.WorkflowInstanceId == id).OrderBy(j => j.Sequence)
            .Select(j => new Journal(j.Sequence, j.ActivityId, j.ActivityType, j.EventName, j.Outcome, j.Message, j.Timestamp)).ToListAsync(ct);
        return TypedResults.Ok(new Response(instance.Id, instance.DefinitionId, instance.DefinitionVersion, instance.Status.ToString(),
            instance.CorrelationId, instance.CreatedAt, instance.UpdatedAt, instance.FinishedAt, bookmarks, incidents, journal));
    }
}
