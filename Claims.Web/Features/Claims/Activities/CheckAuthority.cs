using Claims.Domain.Claims;
using Claims.Workflows.Activities;
using Claims.Workflows.Engine;

namespace Claims.Web.Features.Claims.Activities;

[Activity("Claims.CheckAuthority", Category = "Claims", DisplayName = "Check authority",
    Description = "Is the payable amount within the settlement authority of the surveying adjuster's level?")]
[FlowNode("Within", "AboveLimit")]
public sealed class CheckAuthority : Activity
{
    [Input(DisplayName = "Authority level", Description = "Check against this level's limit instead of the surveying adjuster's (e.g. a fast-track route); empty: the adjuster's own level.",
        OptionsSource = AuthorityLevelOptions.SourceName)]
    public int? AuthorityLevel { get; set; }

    [Output(Description = "The level the settlement is referred to, when above the limit.")]
    public int? ReferToLevel { get; set; }

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var claim = await context.ClaimAsync();
        var decision = SettlementAuthority.Decide(claim.Settlement, AuthorityLevel ?? claim.AdjusterLevel, context.Rules().AuthorityLimits);
        claim.RecordAuthority(decision);
        ReferToLevel = decision.ReferToLevel;
        context.Complete(decision.IsWithin ? "Within" : "AboveLimit");
    }
}
