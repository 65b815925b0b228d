using Claims.Domain.Policies;
using Claims.Domain.Renewals;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Renewals;

/// <summary>
/// Sends the notice of one reminder stage once: the inbox stops a redelivered message, the reminder's NoticeSentAt a
/// second message for the same stage, and both commit with the offer. The lapse stage lapses the policy and tells the agent.
/// </summary>
public sealed class RenewalReminderDueConsumer(ClaimsDbContext db, RenewalOffers offers, TimeProvider time, ILogger<RenewalReminderDueConsumer> logger)
    : IConsumer<RenewalReminderDue>
{
    public const string InboxName = "renewals.notice";

    public async Task Consume(ConsumeContext<RenewalReminderDue> context)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException("RenewalReminderDue arrived without a MessageId.");
        var m = context.Message;
        var now = time.GetUtcNow().UtcDateTime;
        var outcome = "duplicate";
        var prepared = await PrepareAsync(m, context.CancellationToken);
        await InboxGuard.ProcessOnceAsync(db, messageId, InboxName, now, async ct => outcome = await HandleAsync(m, prepared, now, ct), context.CancellationToken);
        logger.LogInformation("Renewal reminder {Stage} for policy {PolicyId}: {Outcome}", m.Stage, m.PolicyId, outcome);
    }

    private sealed record Prepared(RenewalQuoteResult? Quote, NoticeRecipient? Recipient);

    /// <summary>
    /// The reads (quote, recipient) run before the inbox transaction, so the write lock is held only for the inserts and
    /// the send; the transaction re-checks everything that decides whether to send.
    /// </summary>
    private async Task<Prepared> PrepareAsync(RenewalReminderDue m, CancellationToken ct)
    {
        var sent = await db.Set<RenewalReminder>().AsNoTracking().Where(r => r.Id == m.ReminderId).Select(r => r.NoticeSentAt).SingleOrDefaultAsync(ct);
        if (sent is not null || m.Stage == nameof(RenewalStage.Lapsed) || await db.Policies.AsNoTracking().SingleOrDefaultAsync(p => p.Id == m.PolicyId, ct) is not { } policy)
        {
            return new Prepared(null, null);
        }

        var (quote, recipient) = await offers.PrepareAsync(policy, quote: !await db.Set<RenewalOffer>().AnyAsync(o => o.PolicyId == policy.Id, ct), ct);
        return new Prepared(quote, recipient);
    }

    private async Task<string> HandleAsync(RenewalReminderDue m, Prepared prepared, DateTime now, CancellationToken ct)
    {
        var reminder = await db.Set<RenewalReminder>().SingleOrDefaultAsync(r => r.Id == m.ReminderId, ct);
        if (reminder is null || reminder.NoticeSentAt is not null)
        {
            return "already handled";
        }

        reminder.MarkNoticeSent(now);
        var policy = await db.Policies.SingleAsync(p => p.Id == m.PolicyId, ct);
        if (policy.RenewedByPolicyId is not null || policy.Status is PolicyStatus.Cancelled or PolicyStatus.Lapsed)
        {
            return $"policy is {(policy.RenewedByPolicyId is null ? policy.Status.ToString() : "renewed")}";
        }

        if (reminder.Stage == RenewalStage.Lapsed)
        {
            policy.Lapse();
            if (await db.Set<RenewalOffer>().SingleOrDefaultAsync(o => o.PolicyId == policy.Id, ct) is { } open)
            {
                open.Expire();
            }

            await offers.AgentTaskAsync(policy, RenewalTasks.Lapsed, $"Policy {policy.Number} lapsed: not renewed by {reminder.DueOn:yyyy-MM-dd}", ct);
            PolicyLapses.Publish(db, policy, now);
            return "lapsed";
        }

        var offer = await offers.OfferAsync(policy, prepared.Quote, ct);
        if (reminder.CallTask)
        {
            await offers.AgentTaskAsync(policy, RenewalTasks.Call, $"Call the policyholder of {policy.Number} about renewal (expires {policy.ExpiryDate:yyyy-MM-dd})", ct);
        }

        if (offer.Status != RenewalOfferStatus.Offered)
        {
            return $"offer {offer.Status}, no notice";
        }

        return await offers.SendNoticeAsync(offer, policy, prepared.Recipient, ct) ? "notice sent" : "no e-mail address";
    }
}

public sealed class RenewalReminderDueConsumerDefinition(MessagingOptions options)
    : RetryingConsumerDefinition<RenewalReminderDueConsumer>(options);
