using Claims.Domain.Common;
using Claims.Domain.Reinspection;
using Claims.Workflows.Activities;
using Claims.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Reinspections.Activities;

[Activity("Reinspection.AssignReinspector", Category = "Reinspection", DisplayName = "Assign re-inspector",
    Description = "Gives the audit to a re-inspector of the claim's region who is not its adjuster, the one with the fewest open audits (none: the role's queue).")]
public sealed class AssignReinspector : Activity
{
    [Output(Description = "The re-inspector's user name, or null when the region has none.")]
    public string? Reinspector { get; set; }

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var db = context.Db();
        var audit = await context.AuditAsync();
        var candidates = (await db.Users.AsNoTracking().Where(u => u.RegionCode == audit.RegionCode && u.Roles.Contains(Roles.Reinspector)).ToListAsync())
            .Where(u => u.RoleList.Contains(Roles.Reinspector) && !string.Equals(u.UserName, audit.Adjuster, StringComparison.OrdinalIgnoreCase))
            .Select(u => u.UserName).ToList();
        var open = await db.ReinspectionAudits.AsNoTracking()
            .Where(a => a.Reinspector != null && candidates.Contains(a.Reinspector) && a.Status != AuditStatus.Closed)
            .GroupBy(a => a.Reinspector!).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Reinspector = candidates.OrderBy(c => open.GetValueOrDefault(c)).ThenBy(c => c, StringComparer.Ordinal).FirstOrDefault();
        audit.AssignReinspector(Reinspector);
        context.Complete();
    }
}
