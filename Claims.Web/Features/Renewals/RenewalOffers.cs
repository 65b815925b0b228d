using System.Text;
using Claims.Domain.Policies;
using Claims.Domain.Renewals;
using Claims.Domain.Common;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Mail;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Renewals;

/// <summary>Task kinds the renewal flow opens.</summary>
public static class RenewalTasks
{
    public const string Review = "RenewalReview";
    public const string Call = "RenewalCall";
    public const string Lapsed = "PolicyLapsed";
    public const string Accept = nameof(Accept);
    public const string Decline = nameof(Decline);
}

public sealed record NoticeRecipient(string Name, string Email, string Language, string Vehicle);

/// <summary>Quotes a policy for next year, keeps its one offer, and sends the notice with the signed link. Stages on the caller's unit of work.</summary>
public sealed class RenewalOffers(ClaimsDbContext db, RenewalOptions options, UnderwritingSettings underwriting, MailSender mail, MailOptions mailOptions, TimeProvider time)
{
    private sealed record Risk(Policyholder Holder, Vehicle Vehicle, VehicleModel? Model);

    private async Task<Risk> RiskAsync(Policy policy, CancellationToken ct)
    {
        var holder = await db.Policyholders.AsNoTracking().SingleAsync(h => h.Id == policy.PolicyholderId, ct);
        var vehicle = await db.Vehicles.AsNoTracking().SingleAsync(v => v.Id == policy.VehicleId, ct);
        return new Risk(holder, vehicle, await db.VehicleModels.AsNoTracking().SingleOrDefaultAsync(m => m.Code == vehicle.ModelCode, ct));
    }

    /// <summary>The quote (unless the policy has its offer already) and the recipient, reading the policyholder and vehicle once.</summary>
    public async Task<(RenewalQuoteResult? Quote, NoticeRecipient? Recipient)> PrepareAsync(Policy policy, bool quote, CancellationToken ct)
    {
        var risk = await RiskAsync(policy, ct);
        return (quote ? await QuoteAsync(policy, risk, ct) : null, Recipient(risk));
    }

    public async Task<RenewalQuoteResult> QuoteAsync(Policy policy, CancellationToken ct) => await QuoteAsync(policy, await RiskAsync(policy, ct), ct);

    private async Task<RenewalQuoteResult> QuoteAsync(Policy policy, Risk risk, CancellationToken ct)
    {
        var (holder, vehicle, model) = risk;
        var proposal = policy.ProposalId is { } pid ? await db.Proposals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == pid, ct) : null;
        var start = policy.ExpiryDate.AddDays(1);
        var tariff = await db.TariffTables.AsNoTracking().Where(t => t.EffectiveFrom <= start).OrderByDescending(t => t.EffectiveFrom).FirstOrDefaultAsync(ct);
        var claimDates = (await ClaimsSinceAsync(vehicle.Id, start, ct)).Select(c => c.Date).ToList();
        var youngest = proposal?.NamedDrivers.Select(d => NcdStep.WholeYears(d.BirthDate, start)).Append(holder.AgeOn(start)).Min() ?? holder.AgeOn(start);
        var least = proposal?.NamedDrivers.Select(d => NcdStep.WholeYears(d.LicenceDate, start)).Append(holder.DrivingYearsOn(start)).Min() ?? holder.DrivingYearsOn(start);
        var facts = new RenewalFacts(
            policy.Covers, model?.NewCarPrice, vehicle.Usage, policy.RegionCode, youngest, least, vehicle.FirstRegistration, policy.StartDate, start,
            policy.RenewalNumber, claimDates, policy.Premium, proposal?.CommissionPercent ?? 0m, policy.SumInsured);
        return RenewalQuote.Price(tariff, facts, underwriting);
    }

    /// <summary>The vehicle's claims of the five years before a start date (all its policies): the policy year's claims set the NCD step.</summary>
    private async Task<List<PriorClaim>> ClaimsSinceAsync(Guid vehicleId, DateOnly start, CancellationToken ct)
    {
        var since = start.AddYears(-5).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var claims = await db.Claims.AsNoTracking().Where(c => c.VehicleId == vehicleId && c.LossAt >= since).Select(c => new { c.LossAt, c.PaidAmount }).ToListAsync(ct);
        return [.. claims.Select(c => new PriorClaim(DateOnly.FromDateTime(c.LossAt), c.PaidAmount ?? 0m))];
    }

    /// <summary>The renewal proposal of an accepted offer: the policy's risk as it stands, the previous proposal's drivers and disclosure, the offer's premium.</summary>
    public async Task<Proposal> ProposalAsync(Policy policy, RenewalOffer offer, CancellationToken ct)
    {
        var (holder, vehicle, model) = await RiskAsync(policy, ct);
        var previous = policy.ProposalId is { } pid ? await db.Proposals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == pid, ct) : null;
        var agent = await db.Agents.AsNoTracking().SingleAsync(a => a.Id == policy.AgentId, ct);
        var proposer = new Proposer(holder.Name, previous?.Proposer.IdNumber ?? "", holder.BirthDate, holder.LicenceDate, holder.Phone, holder.Email,
            previous?.Proposer.ConsentsToProcessing ?? true);
        var proposed = new ProposedVehicle(vehicle.Vin, vehicle.Plate, vehicle.ModelCode, vehicle.FirstRegistration, model?.NewCarPrice ?? previous?.Vehicle.NewCarPrice ?? 0m,
            vehicle.Usage, vehicle.Seats);
        var start = policy.ExpiryDate.AddDays(1);
        return Proposal.Renewal(Guid.CreateVersion7(), time.GetUtcNow().UtcDateTime, policy, previous, agent.UserName ?? previous?.AgentUserName ?? agent.Code,
            proposer, proposed, await ClaimsSinceAsync(vehicle.Id, start, ct), offer.RenewalPremium, offer.RatedBy);
    }

    /// <summary>The policy's open offer, or a new one; a quote with issues opens an underwriter's review first.</summary>
    public async Task<RenewalOffer> OfferAsync(Policy policy, RenewalQuoteResult? quoted, CancellationToken ct)
    {
        if (await db.Set<RenewalOffer>().SingleOrDefaultAsync(o => o.PolicyId == policy.Id, ct) is { } existing)
        {
            return existing;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var quote = quoted ?? await QuoteAsync(policy, ct);
        var expires = policy.ExpiryDate.AddDays(options.GraceDays + 1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var offer = RenewalOffer.Create(policy.Id, policy.Number, quote, policy.Premium, policy.RenewalNumber + 1, expires, now);
        db.Set<RenewalOffer>().Add(offer);
        if (offer.Status == RenewalOfferStatus.PendingUnderwriting)
        {
            var task = WorkTask.Open(RenewalTasks.Review, $"Renewal of {policy.Number} at {offer.RenewalPremium:N2}: {offer.Issues}", Roles.Underwriter, null,
                now, now.AddDays(3), null, [RenewalTasks.Accept, RenewalTasks.Decline]);
            db.WorkTasks.Add(task);
            offer.AwaitReview(task.Id);
        }

        return offer;
    }

    public string Link(RenewalOffer offer) =>
        $"{mailOptions.PublicBaseUrl.TrimEnd('/')}/renew/{RenewalToken.Create(offer.Id, new DateTimeOffset(offer.TokenExpiresAt, TimeSpan.Zero), TokenKey(options))}";

    public static byte[] TokenKey(RenewalOptions options) => string.IsNullOrWhiteSpace(options.TokenKey)
        ? throw new InvalidOperationException("Renewals:TokenKey is not configured; renewal links cannot be signed.")
        : Encoding.UTF8.GetBytes(options.TokenKey);

    /// <summary>Who the notice goes to and the vehicle it names; null when the policyholder has no e-mail address.</summary>
    public async Task<NoticeRecipient?> RecipientAsync(Policy policy, CancellationToken ct) => Recipient(await RiskAsync(policy, ct));

    private static NoticeRecipient? Recipient(Risk risk) => risk.Holder.Email is null
        ? null
        : new NoticeRecipient(risk.Holder.Name, risk.Holder.Email, risk.Holder.PreferredLanguage, $"{risk.Model?.DisplayName ?? risk.Vehicle.ModelCode} ({risk.Vehicle.Plate})");

    /// <summary>Renders and sends the notice of an offered renewal; false when the policyholder has no e-mail address.</summary>
    public async Task<bool> SendNoticeAsync(RenewalOffer offer, Policy policy, NoticeRecipient? recipient, CancellationToken ct)
    {
        recipient ??= await RecipientAsync(policy, ct);
        if (recipient is null)
        {
            return false;
        }

        var notice = RenewalNotice.Render(new RenewalNoticeFacts(
            recipient.Name, policy.Number, recipient.Vehicle, policy.ExpiryDate, offer.LastYearPremium,
            offer.RenewalPremium, CoverNames(policy.Covers), options.RenewsAutomatically, offer.RenewalNumber, Link(offer), recipient.Language));
        await mail.SendAsync(new OutgoingMail(recipient.Email, recipient.Name, notice.Subject, notice.Html, notice.Text), ct);
        return true;
    }

    public static IReadOnlyList<string> CoverNames(Cover covers) =>
        Enum.GetValues<Cover>().Where(c => c != Cover.None && (covers & c) == c).Select(c => c.ToString()).ToList();

    /// <summary>The agent's own queue when they have a login, else every agent's.</summary>
    public async Task<WorkTask> AgentTaskAsync(Policy policy, string kind, string subject, CancellationToken ct)
    {
        var agentUser = await db.Agents.Where(a => a.Id == policy.AgentId).Select(a => a.UserName).SingleOrDefaultAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var task = WorkTask.Open(kind, subject, agentUser is null ? Roles.Agent : null, agentUser, now, now.AddDays(2), $"/Policies/{policy.Id}", ["Done"]);
        db.WorkTasks.Add(task);
        return task;
    }
}
