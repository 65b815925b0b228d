using Claims.Domain.Policies;
using Claims.Workflows.Activities;
using Claims.Workflows.Engine;

namespace Claims.Web.Features.PolicyUnderwriting.Activities;

[Activity("Policy.RecordDisclosure", Category = "Policy", DisplayName = "Record disclosure",
    Description = "Keeps the agent's attested disclosure checklist with the proposal.")]
public sealed class RecordDisclosure : Activity
{
    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var proposal = await context.ProposalAsync();
        var task = await ProposalTasks.LatestCompletedAsync(context.Db(), context.WorkflowInstanceId, ProposalTasks.AgentDisclosure, default);
        var data = task.DataJson is null ? null : System.Text.Json.Nodes.JsonNode.Parse(task.DataJson);
        var answers = AgentDisclosureValidator.Answers(data)
            .Select(a => new DisclosureAnswer(a.Key, a.Value ?? "", data?[a.Key + "Details"]?.GetValue<string>()));
        proposal.RecordDisclosure(answers, task.CompletedBy ?? proposal.AgentUserName, task.CompletedAt ?? context.Now.UtcDateTime);
        context.Complete();
    }
}
