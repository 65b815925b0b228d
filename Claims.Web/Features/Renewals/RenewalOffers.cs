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

    /// <summary>What a renewal is rated on besides the policy and its risk.</summary>
    private sealed record RatingInputs(Proposal? Proposal, TariffTable? Tariff, IReadOnlyList<DateOnly> ClaimDates);

    private async Task<Risk> RiskAsync(Policy policy, CancellationToken ct)
    {
        var holder = await db.Policyholders.AsNoTracking().SingleAsync(h => h.Id == policy.PolicyholderId, ct);
        var vehicle = await db.Vehicles.AsNoTracking().SingleAsync(v => v.Id == policy.VehicleId, ct);
        return new Risk(holder, vehicle, await db.VehicleModels.AsNoTracking().SingleOrDefaultAsync(m => m.Code == vehicle.ModelCode, ct));
    }

    public async Task<RenewalQuoteResult> QuoteAsync(Policy policy, CancellationToken ct)
    {
        var risk = await RiskAsync(policy, ct);
        var start = RenewalStart(policy);
        var proposal = policy.ProposalId is { } pid ? await db.Proposals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == pid, ct) : null;
        var tariff = await TariffInForceAsync(start, ct);
        var since = ClaimsSince(start);
        var claimDates = (await db.Claims.AsNoTracking().Where(c => c.VehicleId == risk.Vehicle.Id && c.LossAt >= since).Select(c => c.LossAt).ToListAsync(ct))
            .Select(DateOnly.FromDateTime).ToList();
        return Quote(policy, risk, new RatingInputs(proposal, tariff, claimDates));
    }

    /// <summary>
    /// The quotes (for <paramref name="quoteFor"/>) and recipients of many policies with a handful of set-based reads,
    /// rated exactly as <see cref="QuoteAsync"/> rates one. Policies whose policyholder or vehicle is missing are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, (RenewalQuoteResult? Quote, NoticeRecipient? Recipient)>> PrepareManyAsync(
        IReadOnlyCollection<Policy> policies, IReadOnlySet<Guid> quoteFor, CancellationToken ct)
    {
        var holderIds = policies.Select(p => p.PolicyholderId).Distinct().ToList();
        var vehicleIds = policies.Select(p => p.VehicleId).Distinct().ToList();
        var holders = await db.Policyholders.AsNoTracking().Where(h => holderIds.Contains(h.Id)).ToDictionaryAsync(h => h.Id, ct);
        var vehicles = await db.Vehicles.AsNoTracking().Where(v => vehicleIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
        var modelCodes = vehicles.Values.Select(v => v.ModelCode).Distinct().ToList();
        var models = await db.VehicleModels.AsNoTracking().Where(m => modelCodes.Contains(m.Code)).ToDictionaryAsync(m => m.Code, ct);
        var rated = policies.Where(p => quoteFor.Contains(p.Id)).ToList();
        var proposalIds = rated.Where(p => p.ProposalId is not null).Select(p => p.ProposalId!.Value).Distinct().ToList();
        var proposals = await db.Proposals.AsNoTracking().Where(p => proposalIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var tariffs = new Dictionary<DateOnly, TariffTable?>();
        foreach (var start in rated.Select(RenewalStart).Distinct())
        {
            tariffs[start] = await TariffInForceAsync(start, ct);
        }

        var ratedVehicles = rated.Select(p => p.VehicleId).Distinct().ToList();
        var earliest = rated.Count == 0 ? DateTime.MaxValue : rated.Min(p => ClaimsSince(RenewalStart(p)));
        var losses = (await db.Claims.AsNoTracking().Where(c => ratedVehicles.Contains(c.VehicleId) && c.LossAt >= earliest)
            .Select(c => new { c.VehicleId, c.LossAt }).ToListAsync(ct)).ToLookup(c => c.VehicleId, c => c.LossAt);

        var result = new Dictionary<Guid, (RenewalQuoteResult?, NoticeRecipient?)>();
        foreach (var policy in policies)
        {
            if (!holders.TryGetValue(policy.PolicyholderId, out var holder) || !vehicles.TryGetValue(policy.VehicleId, out var vehicle))
            {
                continue;
            }

            var risk = new Risk(holder, vehicle, models.GetValueOrDefault(vehicle.ModelCode));
            RenewalQuoteResult? quote = null;
            if (quoteFor.Contains(policy.Id))
            {
                var start = RenewalStart(policy);
                var since = ClaimsSince(start);
                var proposal = policy.ProposalId is { } pid ? proposals.GetValueOrDefault(pid) : null;
                quote = Quote(policy, risk, new RatingInputs(proposal, tariffs[start], losses[vehicle.Id].Where(d => d >= since).Select(DateOnly.FromDateTime).ToList()));
            }

            result[policy.Id] = (quote, Recipient(risk));
        }

        return result;
    }

    private static DateOnly RenewalStart(Policy policy) => policy.ExpiryDate.AddDays(1);

    // The vehicle's claims of the last five years (all its policies): the policy year's claims set the NCD step.
    private static DateTime ClaimsSince(DateOnly start) => start.AddYears(-5).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    private Task<TariffTable?> TariffInForceAsync(DateOnly start, CancellationToken ct) =>
        db.TariffTables.AsNoTracking().Where(t => t.EffectiveFrom <= start).OrderByDescending(t => t.EffectiveFrom).FirstOrDefaultAsync(ct);

    private RenewalQuoteResult Quote(Policy policy, Risk risk, RatingInputs inputs)
    {
        var (holder, vehicle, model) = risk;
        var (proposal, tariff, claimDates) = inputs;
        var start = RenewalStart(policy);
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
        var since = ClaimsSince(start);
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

        return Open(policy, quoted ?? await QuoteAsync(policy, ct));
    }

    /// <summary>A new offer at <paramref name="quote"/>, staged; the caller knows the policy has none yet.</summary>
    public RenewalOffer Open(Policy policy, RenewalQuoteResult quote) => Stage(policy, Draft(policy, quote));

    /// <summary>A new offer at <paramref name="quote"/>, not staged yet: its notice can be prepared before the transaction that stages it.</summary>
    public RenewalOffer Draft(Policy policy, RenewalQuoteResult quote)
    {
        var expires = policy.ExpiryDate.AddDays(options.GraceDays + 1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return RenewalOffer.Create(policy.Id, policy.Number, quote, policy.Premium, policy.RenewalNumber + 1, expires, time.GetUtcNow().UtcDateTime);
    }

    /// <summary>Stages a drafted offer; a quote with issues opens an underwriter's review first.</summary>
    public RenewalOffer Stage(Policy policy, RenewalOffer offer)
    {
        db.Set<RenewalOffer>().Add(offer);
        if (offer.Status == RenewalOfferStatus.PendingUnderwriting)
        {
            var now = time.GetUtcNow().UtcDateTime;
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

    /// <summary>
    /// Renders and sends the notice of an offered renewal; false when the policyholder has no e-mail address. A mail in
    /// <paramref name="formatted"/> that equals the rendered one is delivered as formatted there, and taken out: a second
    /// notice with the same text (two stages of one policy in a batch) is a mail of its own.
    /// </summary>
    public async Task<bool> SendNoticeAsync(RenewalOffer offer, Policy policy, NoticeRecipient? recipient, CancellationToken ct,
        IDictionary<OutgoingMail, PreparedMail>? formatted = null, MailKey? key = null)
    {
        recipient ??= await RecipientAsync(policy, ct);
        if (recipient is null)
        {
            return false;
        }

        var notice = Notice(offer, policy, recipient, key);
        await mail.DeliverAsync(formatted is not null && formatted.Remove(notice, out var ready) ? ready : mail.Prepare(notice), ct);
        return true;
    }

    /// <summary>The notice of an offered renewal, rendered in the recipient's language with the signed link.</summary>
    public OutgoingMail Notice(RenewalOffer offer, Policy policy, NoticeRecipient recipient, MailKey? key = null)
    {
        var notice = RenewalNotice.Render(new RenewalNoticeFacts(
            recipient.Name, policy.Number, recipient.Vehicle, policy.ExpiryDate, offer.LastYearPremium,
            offer.RenewalPremium, CoverNames(policy.Covers), options.RenewsAutomatically, offer.RenewalNumber, Link(offer), recipient.Language));
        return new OutgoingMail(recipient.Email, recipient.Name, notice.Subject, notice.Html, notice.Text, key);
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
