using Claims.Domain.Estimates;
using Claims.Domain.Reinspection;
using Claims.Web.Features.Claims;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Engine;
using Claims.Workflows.Hosting;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Reinspections;

/// <summary>
/// Sampling at closure: decides once per ClaimClosed (inbox-guarded) and, when sampled, records the audit with its
/// reasons and starts the reinspection-audit workflow in the same transaction.
/// </summary>
public sealed class ClaimClosedSamplingConsumer(
    ClaimsDbContext db, WorkflowHost host, ReinspectionRules rules, TimeProvider time, ILogger<ClaimClosedSamplingConsumer> logger)
    : IConsumer<ClaimClosed>, IInboxConsumer
{
    public static string InboxName => "reinspection.sampling";

    public async Task Consume(ConsumeContext<ClaimClosed> context)
    {
        var m = context.Message;
        var ct = context.CancellationToken;
        var claim = await db.Claims.SingleAsync(c => c.Id == m.ClaimId, ct);
        if (await db.ReinspectionAudits.AnyAsync(a => a.ClaimId == m.ClaimId, ct))
        {
            return;
        }

        var score = m.Adjuster is null ? null : (await Scorecards.ForAdjusterAsync(db, m.Adjuster, rules, ct)).Score;
        var decision = SamplingRule.Decide(new SamplingInput(m.ClaimId, m.PaidAmount, m.PriceDeviations, claim.ShopClass, score), rules);
        logger.LogInformation("Claim {Number} sampled for re-inspection: {Sampled} ({Reasons}; draw {Draw:0.0000} vs {Share:0.00})",
            m.Number, decision.Sampled, string.Join(", ", decision.Reasons), decision.Draw, decision.Share);
        if (!decision.Sampled)
        {
            return;
        }

        var audit = ReinspectionAudit.Sample(Guid.NewGuid(), claim.Id, claim.Number, claim.RegionCode, claim.AssignedAdjuster,
            ShopName(claim.RepairShop, claim.ShopClass), claim.ShopClass, m.PaidAmount, claim.Lines, claim.Totals.Salvage.Amount, decision, time.GetUtcNow().UtcDateTime);
        db.ReinspectionAudits.Add(audit);
        var started = await host.StartAsync(ReinspectionTasks.WorkflowId, null,
            new BusinessObjectReference(ReinspectionBusinessObject.ObjectName, audit.Id.ToString()), ct);
        audit.AttachWorkflow(started.InstanceId ?? throw new InvalidOperationException(started.Message));
    }

    /// <summary>A claim without a shop name is grouped under its shop class.</summary>
    public static string ShopName(string? repairShop, ShopClass shopClass) => repairShop ?? $"Unnamed {shopClass} shop";
}

public sealed class ClaimClosedSamplingConsumerDefinition(MessagingOptions options)
    : InboxConsumerDefinition<ClaimClosedSamplingConsumer>(options);
