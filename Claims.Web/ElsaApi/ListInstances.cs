using System.Text.Json.Nodes;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.ElsaApi;

/// <summary>POST /workflow-instances: the instance list, paged and filtered the way Studio asks.</summary>
public static class ListInstances
{
    public sealed record Request(
        int? Page, int? PageSize, string? SearchTerm, string? DefinitionId, List<string>? DefinitionIds, string? CorrelationId,
        List<string>? Statuses, List<string>? SubStatuses, string? OrderBy, string? OrderDirection);

    public static void Map(RouteGroupBuilder api) => api.MapPost("/workflow-instances", Handle);

    public static async Task<IResult> Handle(Request request, ClaimsDbContext db, CancellationToken ct)
    {
        var query = db.Set<WorkflowInstanceRecord>().AsNoTracking();
        var definitionIds = (request.DefinitionIds ?? []).Concat(request.DefinitionId is { } one ? [one] : []).ToList();
        if (definitionIds.Count > 0)
        {
            query = query.Where(i => definitionIds.Contains(i.DefinitionId));
        }

        if (!string.IsNullOrWhiteSpace(request.CorrelationId))
        {
            query = query.Where(i => i.CorrelationId == request.CorrelationId);
        }

        if (!string.IsNullOrWhiteSpace(request.SearchTerm))
        {
            var term = request.SearchTerm.Trim();
            query = query.Where(i => i.DefinitionId.Contains(term) || (i.CorrelationId != null && i.CorrelationId.Contains(term)));
        }

        var statuses = InstanceJson.FromElsa(request.Statuses ?? [], request.SubStatuses ?? []).ToList();
        if (statuses.Count > 0)
        {
            query = query.Where(i => statuses.Contains(i.Status));
        }

        var descending = !string.Equals(request.OrderDirection, "Ascending", StringComparison.OrdinalIgnoreCase);
        query = request.OrderBy switch
        {
            "UpdatedAt" => descending ? query.OrderByDescending(i => i.UpdatedAt) : query.OrderBy(i => i.UpdatedAt),
            "FinishedAt" => descending ? query.OrderByDescending(i => i.FinishedAt) : query.OrderBy(i => i.FinishedAt),
            _ => descending ? query.OrderByDescending(i => i.CreatedAt) : query.OrderBy(i => i.CreatedAt),
        };

        var total = await query.CountAsync(ct);
        var pageSize = request.PageSize is > 0 and <= 500 ? request.PageSize.Value : 50;
        var rows = await query.Skip(Math.Max(request.Page ?? 0, 0) * pageSize).Take(pageSize).ToListAsync(ct);
        var names = await NamesAsync(db, rows.Select(r => r.DefinitionVersionId), ct);
        return ElsaResults.Json(new JsonObject
        {
            ["items"] = new JsonArray([.. rows.Select(r => InstanceJson.Summary(r, names.GetValueOrDefault(r.DefinitionVersionId)))]),
            ["page"] = request.Page ?? 0,
            ["pageSize"] = pageSize,
            ["totalCount"] = total,
        });
    }

    public static async Task<Dictionary<string, string>> NamesAsync(ClaimsDbContext db, IEnumerable<string> versionIds, CancellationToken ct)
    {
        var ids = versionIds.Distinct().ToList();
        return await db.Set<WorkflowDefinitionRecord>().AsNoTracking()
            .Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
    }
}
