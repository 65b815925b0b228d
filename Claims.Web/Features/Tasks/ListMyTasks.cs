using System.Security.Claims;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Tasks;

/// <summary>GET /api/tasks: the caller's open tasks, by their user name or any of their roles.</summary>
public static class ListMyTasks
{
    public sealed record TaskItem(Guid Id, string Kind, string Subject, DateTime Created, DateTime? Due, string? Link, string? AssigneeRole, string? AssigneeUser, IReadOnlyList<string> Outcomes);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/tasks", Handle)
            .RequireAuthorization(Policies.Staff)
            .WithTags("Tasks")
            .Produces<List<TaskItem>>()
            .WithSummary("The caller's open tasks, oldest due first.");

    public static async Task<IResult> Handle(ClaimsPrincipal user, ClaimsDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await QueryAsync(db, user.UserName(), user.RoleNames(), ct));

    public static async Task<List<TaskItem>> QueryAsync(ClaimsDbContext db, string userName, IReadOnlyList<string> roles, CancellationToken ct)
    {
        var rows = await db.WorkTasks
            .Where(t => t.Status == WorkTaskStatus.Open)
            .Where(t => t.AssigneeUser == userName || (t.AssigneeUser == null && roles.Contains(t.AssigneeRole!)))
            .OrderBy(t => t.DueAt ?? DateTime.MaxValue).ThenBy(t => t.CreatedAt)
            .Take(500)
            .ToListAsync(ct);
        return rows.Select(t => new TaskItem(t.Id, t.Kind, t.Subject, t.CreatedAt, t.DueAt, t.Link, t.AssigneeRole, t.AssigneeUser, t.Outcomes)).ToList();
    }
}
