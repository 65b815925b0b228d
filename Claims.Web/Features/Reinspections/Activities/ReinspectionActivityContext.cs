using Claims.Domain.Reinspection;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Engine;

namespace Claims.Web.Features.Reinspections.Activities;

/// <summary>What audit activities share: the unit of work's DbContext and the audit the workflow serves.</summary>
internal static class ReinspectionActivityContext
{
    public static ClaimsDbContext Db(this ActivityExecutionContext context) => context.Services.GetRequiredService<ClaimsDbContext>();

    public static ReinspectionRules Rules(this ActivityExecutionContext context) => context.Services.GetRequiredService<ReinspectionRules>();

    public static async Task<ReinspectionAudit> AuditAsync(this ActivityExecutionContext context)
    {
        if (context.BusinessObject is not { Name: ReinspectionBusinessObject.ObjectName, Id: { } id } || !Guid.TryParse(id, out var auditId))
        {
            throw new InvalidOperationException("This activity runs only in a workflow about a re-inspection audit.");
        }

        return await context.Db().ReinspectionAudits.FindAsync(auditId) ?? throw new InvalidOperationException($"Audit {auditId} does not exist.");
    }
}
