using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Activities;
using Claims.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Workflows;

/// <summary>The published workflow definitions, as the Dispatch workflow activity's dropdown choices.</summary>
public sealed class WorkflowDefinitionOptions(ClaimsDbContext db) : IInputOptionsSource
{
    public string Name => DispatchWorkflow.DefinitionPickerSource;

    public async Task<IReadOnlyList<SelectListItem>> GetOptionsAsync(CancellationToken ct) =>
        (await db.Set<WorkflowDefinitionRecord>().AsNoTracking().Where(r => r.IsPublished).OrderBy(r => r.DefinitionId)
            .Select(r => new { r.DefinitionId, r.Name }).ToListAsync(ct))
            .Select(r => new SelectListItem(r.Name.Length > 0 ? $"{r.Name} ({r.DefinitionId})" : r.DefinitionId, r.DefinitionId)).ToList();
}
