using Claims.Domain.Fraud;
using Claims.Web.Features.Claims.Activities;
using Claims.Workflows.Activities;
using Claims.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Investigations.Activities;

[Activity("Claims.CheckFraud", Category = "Claims", DisplayName = "Check fraud score",
    Description = "Refers the claim to special investigation when its latest fraud score reaches the threshold (Fraud:ReferralThreshold); a claim already decided goes on, with a reduction kept.")]
[FlowNode("Referred", "Clear")]
public sealed class CheckFraud : Activity
{
    [Output(Description = "The claim's latest fraud score.")]
    public int Score { get; set; }

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var claim = await context.ClaimAsync();
        var db = context.Db();
        var investigations = await db.Set<Investigation>().Where(i => i.ClaimId == claim.Id).ToListAsync();
        Score = await db.Set<FraudAssessment>().Where(a => a.ClaimId == claim.Id).OrderByDescending(a => a.Id).Select(a => a.Score).FirstOrDefaultAsync();
        if (investigations.Where(i => !i.IsOpen).OrderByDescending(i => i.DecidedAt).FirstOrDefault() is { } decided)
        {
            // A re-estimate after the decision (a returned estimate) is investigated once: a reduction still caps it.
            if (decided.ReducedTo is { } cap)
            {
                claim.ReduceSettlement(cap);
            }

            context.Complete("Clear");
            return;
        }

        if (Score < context.Services.GetRequiredService<FraudRules>().ReferralThreshold)
        {
            context.Complete("Clear");
            return;
        }

        if (!investigations.Any(i => i.IsOpen))
        {
            db.Add(Investigation.Refer(Guid.CreateVersion7(), claim.Id, Score, context.Now.UtcDateTime));
        }

        claim.ReferToInvestigation();
        context.Complete("Referred");
    }
}
