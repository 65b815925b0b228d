using Claims.Domain.Claims;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Persistence;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Claims;

/// <summary>Everything about one claim that its page and GET /api/claims/{id} show.</summary>
public sealed record ClaimView(
    Guid Id, string Number, ClaimStatus Status, string? RejectionReason, ClaimView.PolicySnapshot Policy, ClaimView.Loss Notice,
    string? AssignedAdjuster, int AdjusterLevel, decimal Excess, int? ReferredToLevel, EstimateView Estimate, ClaimView.Payment? Paid,
    ClaimView.OpenTask? CurrentTask, IReadOnlyList<ClaimView.TimelineEntry> Timeline, ClaimView.SurveyCheck? Findings = null, string? CustomerTier = null, bool FastTrack = false,
    ClaimView.ShopAssignment? Shop = null, ClaimView.SpecialInvestigation? Investigation = null)
{
    /// <summary>The repair shop on the claim: a network shop (with its id) or a name the adjuster typed.</summary>
    public sealed record ShopAssignment(Guid? ShopId, string Name, string ShopClass);

    /// <summary>The claim's latest referral to special investigation and, once decided, its outcome, reason and savings.</summary>
    public sealed record SpecialInvestigation(int Score, DateTime ReferredAt, string? Outcome, string? Reason, decimal Claimed, decimal Savings, string? DecidedBy, DateTime? DecidedAt);

    /// <summary>The survey's findings and the disclosure answers they contradict (checklist keys).</summary>
    public sealed record SurveyCheck(SurveyFindings Found, int Contradictions, IReadOnlyList<string> ContradictedItems);

    public sealed record PolicySnapshot(
        Guid Id, string Number, DateOnly StartDate, DateOnly ExpiryDate, string Covers, string Status, string Holder, string Plate, string Vin,
        string ModelCode, string Model, string PriceBand, Guid HolderId);

    public sealed record Loss(
        DateTime LossAt, string Place, string RegionCode, LossCause Cause, string Description, LiabilityShare Liability, bool Injuries, bool Drivable,
        int ThirdPartyCount, string? ThirdParties, NoticeChannel Channel, string ReportedBy, DateTime ReportedAt);

    public sealed record Payment(string Reference, decimal Amount, DateTime PaidAt, DateTime? ClosedAt);

    public sealed record OpenTask(Guid Id, string Kind, string Subject, string? AssigneeRole, string? AssigneeUser, string? Link, IReadOnlyList<string> Outcomes);

    public sealed record TimelineEntry(DateTime At, string Step, string Event, string? Outcome, string? By);

    public static async Task<ClaimView?> LoadAsync(ClaimsDbContext db, Guid id, ClaimRules rules, CancellationToken ct)
    {
        var claim = await db.Claims.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (claim is null)
        {
            return null;
        }

        var policy = await db.Policies.AsNoTracking().SingleAsync(p => p.Id == claim.PolicyId, ct);
        var vehicle = await db.Vehicles.AsNoTracking().SingleAsync(v => v.Id == claim.VehicleId, ct);
        var holder = await db.Policyholders.AsNoTracking().Where(h => h.Id == policy.PolicyholderId).Select(h => h.Name).SingleAsync(ct);
        var model = await db.VehicleModels.AsNoTracking().SingleAsync(m => m.Code == claim.ModelCode, ct);
        var tasks = await ClaimTasks.Of(db, claim).AsNoTracking().ToListAsync(ct);
        var journal = claim.WorkflowInstanceId is { } wf
            ? await db.Set<JournalRecord>().AsNoTracking().Where(j => j.WorkflowInstanceId == wf && j.EventName != "Started")
                .OrderBy(j => j.Sequence).ToListAsync(ct)
            : [];

        var timeline = journal.Select(j => new TimelineEntry(j.Timestamp, StepName(j.ActivityType, j.ActivityId), j.EventName, j.Outcome, null))
            .Concat(tasks.Where(t => t.CompletedAt is not null && t.CompletedBy is not null)
                .Select(t => new TimelineEntry(t.CompletedAt!.Value, t.Kind, "Task completed", t.Outcome, t.CompletedBy)))
            .OrderBy(e => e.At).ToList();
        var open = tasks.Where(t => t.Status == WorkTaskStatus.Open).OrderByDescending(t => t.CreatedAt)
            .Select(t => new OpenTask(t.Id, t.Kind, t.Subject, t.AssigneeRole, t.AssigneeUser, t.Link, t.Outcomes)).FirstOrDefault();

        return new ClaimView(
            claim.Id, claim.Number, claim.Status, claim.RejectionReason,
            new PolicySnapshot(policy.Id, policy.Number, policy.StartDate, policy.ExpiryDate, policy.Covers.ToString(), policy.Status.ToString(), holder,
                vehicle.Plate, vehicle.Vin, model.Code, model.DisplayName, model.Band.ToString(), policy.PolicyholderId),
            new Loss(claim.LossAt, claim.LossPlace, claim.RegionCode, claim.Cause, claim.Description, claim.Liability, claim.Injuries, claim.Drivable,
                claim.ThirdPartyCount, claim.ThirdParties, claim.Channel, claim.ReportedBy, claim.ReportedAt),
            claim.AssignedAdjuster, claim.AdjusterLevel, claim.Excess.Amount, claim.ReferredToLevel,
            EstimateView.Of(claim.Lines, claim.ShopClass, claim.PearlPaint, claim.Totals, rules.Estimate),
            claim.PaymentReference is { } reference ? new Payment(reference, claim.PaidAmount ?? 0m, claim.PaidAt!.Value, claim.ClosedAt) : null,
            open, timeline,
            claim.Findings is { } found ? new SurveyCheck(found, claim.DisclosureContradictions, claim.ContradictedKeys) : null,
            claim.CustomerTier, claim.FastTrack,
            claim.RepairShop is { } shop ? new ShopAssignment(claim.RepairShopId, shop, claim.ShopClass.ToString()) : null,
            await db.Set<Domain.Fraud.Investigation>().AsNoTracking().Where(i => i.ClaimId == claim.Id).OrderByDescending(i => i.ReferredAt).FirstOrDefaultAsync(ct) is { } i
                ? new SpecialInvestigation(i.Score, i.ReferredAt, i.Outcome?.ToString(), i.Reason, i.Claimed, i.Savings.Amount, i.DecidedBy, i.DecidedAt)
                : null);
    }

    private static string StepName(string type, string id) => type switch
    {
        "Claims.HumanTask" => id,
        _ => type.Replace("Claims.", "", StringComparison.Ordinal).Replace("Elsa.", "", StringComparison.Ordinal),
    };
}
