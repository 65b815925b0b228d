using Claims.Domain.Financials;
using Claims.Web.Features.Claims.Activities;
using Claims.Web.Features.Tasks;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Activities;
using Claims.Workflows.Engine;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Financials.Activities;

[Activity("Claims.DecideReserveChange", Category = "Claims", DisplayName = "Decide reserve change",
    Description = "Applies the claim's pending reserve change to the ledger when the senior approved it (the reserve approval task's outcome), or declines it.")]
[FlowNode("Applied", "Declined")]
public sealed class DecideReserveChange : Activity
{
    public const string TaskKind = "ReserveApproval";

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var db = context.Db();
        var claim = await context.ClaimAsync();
        var request = await PendingRequestAsync(db, claim.Id);
        var task = await db.WorkTasks.AsNoTracking()
            .Where(t => t.WorkflowInstanceId == claim.WorkflowInstanceId && t.Kind == TaskKind && t.Status == WorkTaskStatus.Completed)
            .OrderByDescending(t => t.CompletedAt).FirstOrDefaultAsync();
        if (request is null || task is null)
        {
            context.Complete("Declined");
            return;
        }

        var now = context.Now.UtcDateTime;
        var approve = task.Outcome == "Approve";
        request.Decide(approve, task.CompletedBy ?? LedgerWrites.System, now);
        claim.RecordLedgerChange();
        if (approve)
        {
            var comment = TaskComment.Of(task.DataJson is null ? null : System.Text.Json.Nodes.JsonNode.Parse(task.DataJson));
            var reason = $"{request.Reason} (requested by {request.RequestedBy}, approved{(comment.Length > 0 ? $": {comment}" : "")})";
            // The ledger's reason holds 500 characters; the request's reason and the senior's may each be that long.
            await LedgerWrites.SetReserveAsync(db, claim, request.Category, request.Reserve, reason[..Math.Min(500, reason.Length)], task.CompletedBy ?? LedgerWrites.System, now);
        }

        context.Complete(approve ? "Applied" : "Declined");
    }

    /// <summary>The reserve change a ReserveApproval decision applies to: the claim's oldest pending one (the approval is checked against the same).</summary>
    public static Task<ReserveRequest?> PendingRequestAsync(ClaimsDbContext db, Guid claimId, CancellationToken ct = default) =>
        db.Set<ReserveRequest>().Where(r => r.ClaimId == claimId && r.Status == ReserveRequestStatus.Pending).OrderBy(r => r.RequestedAt).FirstOrDefaultAsync(ct);
}
