using System.Security.Claims;
using System.Text.Json.Nodes;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.ElsaApi;

/// <summary>GET /workflow-definitions: the paged list (Latest), the Published column (DefinitionIds) and version history (AllVersions).</summary>
public static class ListDefinitions
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/workflow-definitions", Handle);
        api.MapGet("/workflow-definitions/validation/is-name-unique", IsNameUnique);
    }

    public static async Task<IResult> Handle(
        ClaimsPrincipal user, ClaimsDbContext db, string? versionOptions, int? page, int? pageSize, string? searchTerm,
        [FromQuery] string[]? definitionIds, [FromQuery] string[]? ids, string? orderBy, string? orderDirection, CancellationToken ct)
    {
        // Version ids name versions exactly (the instance list asks for any version's name); like Elsa, no versionOptions means all.
        var query = ids is { Length: > 0 } && string.IsNullOrWhiteSpace(versionOptions)
            ? db.Set<WorkflowDefinitionRecord>().AsNoTracking()
            : db.Set<WorkflowDefinitionRecord>().AsNoTracking().Filter(versionOptions);
        if (definitionIds is { Length: > 0 })
        {
            query = query.Where(r => definitionIds.Contains(r.DefinitionId));
        }

        if (ids is { Length: > 0 })
        {
            query = query.Where(r => ids.Contains(r.Id));
        }

        if (!string.IsNullOrWhiteSpace(searchTerm))
        {
            var term = searchTerm.Trim().ToLower();
            query = query.Where(r => r.Name.ToLower().Contains(term) || r.DefinitionId.ToLower().Contains(term)
                || (r.Description != null && r.Description.ToLower().Contains(term)));
        }

        var descending = string.Equals(orderDirection, "Descending", StringComparison.OrdinalIgnoreCase);
        query = orderBy switch
        {
            "Version" => descending ? query.OrderByDescending(r => r.Version) : query.OrderBy(r => r.Version),
            "Created" => descending ? query.OrderByDescending(r => r.CreatedAt) : query.OrderBy(r => r.CreatedAt),
            _ => descending ? query.OrderByDescending(r => r.Name).ThenByDescending(r => r.Version) : query.OrderBy(r => r.Name).ThenBy(r => r.Version),
        };

        var total = await query.CountAsync(ct);
        if (pageSize is > 0)
        {
            query = query.Skip(Math.Max(page ?? 0, 0) * pageSize.Value).Take(pageSize.Value);
        }

        var records = await query.ToListAsync(ct);
        return ElsaResults.Json(new JsonObject
        {
            ["items"] = new JsonArray([.. records.Select(r => DefinitionJson.Summary(r, user))]),
            ["page"] = page,
            ["pageSize"] = pageSize,
            ["totalCount"] = total,
            ["links"] = ElsaLinks.ForList(user),
        });
    }

    public static async Task<IResult> IsNameUnique(ClaimsDbContext db, string? name, string? definitionId, CancellationToken ct)
    {
        var taken = await db.Set<WorkflowDefinitionRecord>().AnyAsync(r => r.Name == name && r.DefinitionId != definitionId, ct);
        return ElsaResults.Json(new JsonObject { ["isUnique"] = !taken });
    }
}
