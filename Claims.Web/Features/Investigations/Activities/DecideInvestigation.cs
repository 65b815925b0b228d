using System.Text.Json.Nodes;
using Claims.Domain.Fraud;
using Claims.Web.Features.Claims.Activities;
using Claims.Web.Features.Financials;
using Claims.Web.Features.Investigations.Contracts;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Activities;
using Claims.Workflows.Engine;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Investigations.Activities;

[Activity("Claims.DecideInvestigation", Category = "Claims", DisplayName = "Decide investigation",
    Description = "Applies the investigator's decision: Clear goes on, Reduce goes on at the investigator's figure, Deny closes the claim and mails the policyholder the letter.")]
[FlowNode("Continue", "Denied")]
public sealed class DecideInvestigation : Activity
{
    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var claim = await context.ClaimAsync();
        var db = context.Db();
        var now = context.Now.UtcDateTime;
        var task = await db.WorkTasks.AsNoTracking()
            .Where(t => t.WorkflowInstanceId == context.WorkflowInstanceId && t.Kind == InvestigationDecision.TaskKind && t.Status == WorkTaskStatus.Completed)
            .OrderByDescending(t => t.CompletedAt).FirstAsync();
        var investigation = await db.Set<Investigation>().Where(i => i.ClaimId == claim.Id && i.Outcome == null).OrderByDescending(i => i.ReferredAt).FirstAsync();
        var claimed = claim.Totals.Payable.Amount;
        var (decision, errors) = InvestigationDecision.Read(task.Outcome!, task.DataJson is null ? null : JsonNode.Parse(task.DataJson), claimed);
        if (decision is null)
        {
            throw new InvalidOperationException($"Investigation task {task.Id} completed without a valid decision: {string.Join(" ", errors.SelectMany(e => e.Value))}");
        }

        investigation.Decide(decision.Outcome, decision.Reason, claimed, decision.ReducedTo, task.CompletedBy ?? "", now);
        switch (decision.Outcome)
        {
            case InvestigationOutcome.Reduce:
                claim.ReduceSettlement(decision.ReducedTo!.Value);
                break;
            case InvestigationOutcome.Deny:
                claim.Deny(now);
                await LedgerWrites.CloseOutstandingAsync(db, claim, "Reserve closed: claim denied by special investigation", now);
                var holder = await (from p in db.Policies join h in db.Policyholders on p.PolicyholderId equals h.Id where p.Id == claim.PolicyId select new { h.Name, h.Email }).SingleAsync();
                db.AddOutboxMessage(new ClaimDenied(claim.Id, claim.Number, claim.PolicyNumber, holder.Name, holder.Email, claim.LossAt, decision.Reason, now), now);
                context.Complete("Denied");
                return;
        }

        context.Complete("Continue");
    }
}
