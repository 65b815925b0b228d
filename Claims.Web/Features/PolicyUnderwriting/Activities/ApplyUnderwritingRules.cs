using Claims.Domain.Policies;
using Claims.Workflows.Activities;
using Claims.Workflows.Engine;

namespace Claims.Web.Features.PolicyUnderwriting.Activities;

[Activity("Policy.ApplyUnderwritingRules", Category = "Policy", DisplayName = "Apply underwriting rules",
    Description = "Raises issues and picks the lowest authority level that may accept them all.")]
[FlowNode("Clean", "Issues")]
public sealed class ApplyUnderwritingRules : Activity
{
    [Output(Description = "The role of the lowest level holding authority for every issue; empty when clean.")]
    public string? ReviewRole { get; set; }

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var proposal = await context.ProposalAsync();
        var rating = context.Services.GetRequiredService<ProposalRating>();
        var issues = rating.Issues(proposal);
        var decision = AuthorityDecision.For(issues, await rating.LimitsAsync(default));
        proposal.RecordUnderwriting(issues, decision);
        ReviewRole = proposal.ReviewLevel is { } level ? AuthorityLevels.RoleOf(level) : null;
        context.Complete(decision.IsClean ? "Clean" : "Issues");
    }
}
