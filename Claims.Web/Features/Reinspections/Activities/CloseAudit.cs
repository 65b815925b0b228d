using Claims.Domain.Reinspection;
using Claims.Workflows.Activities;
using Claims.Workflows.Engine;

namespace Claims.Web.Features.Reinspections.Activities;

[Activity("Reinspection.CloseAudit", Category = "Reinspection", DisplayName = "Close audit",
    Description = "Records how the audit ended (Accepted, Upheld or Overturned) with the adjuster's dispute reason; Recover when confirmed leakage is above the threshold.")]
[FlowNode("Recover", "Done")]
public sealed class CloseAudit : Activity
{
    [Input(Description = "Accepted, Upheld or Overturned.", Order = 1)]
    public string Resolution { get; set; } = nameof(AuditResolution.Accepted);

    [Output(Description = "The leakage that counts against the adjuster and the shop.")]
    public decimal ConfirmedLeakage { get; set; }

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var resolution = Enum.Parse<AuditResolution>(Resolution, ignoreCase: true);
        var audit = await context.AuditAsync();
        var db = context.Db();
        var feedback = await ReinspectionTasks.LatestCompletedAsync(db, context.WorkflowInstanceId, ReinspectionTasks.AuditFeedback, default);
        var senior = resolution == AuditResolution.Accepted
            ? null
            : await ReinspectionTasks.LatestCompletedAsync(db, context.WorkflowInstanceId, ReinspectionTasks.AuditDispute, default);
        var reason = feedback?.DataJson is { } json ? AuditFeedbackValidator.Reason(System.Text.Json.Nodes.JsonNode.Parse(json)) : null;
        ConfirmedLeakage = audit.Close(resolution, reason, senior?.CompletedBy ?? feedback?.CompletedBy, context.Now.UtcDateTime);
        context.Complete(ConfirmedLeakage > context.Rules().RecoveryThreshold ? "Recover" : "Done");
    }
}
