using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Claims.Domain.Policies;
using Claims.Domain.Renewals;
using Claims.Web.Features.Renewals.Contracts;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Mail;
using Claims.Web.Infrastructure.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Renewals;

/// <summary>
/// Sends the notice of each reminder stage once, a batch of reminders at a time: the inbox stops a redelivered message,
/// the reminder's NoticeSentAt a second message for the same stage, and both commit with the offers in one transaction.
/// The lapse stage lapses the policy and tells the agent. A batch that fails is handled again one message at a time, so
/// a poison message fails (and after the retries reaches <c>_error</c>) alone.
/// </summary>
public sealed class RenewalReminderDueConsumer(ClaimsDbContext db, RenewalOffers offers, MailSender mail, TimeProvider time, ILogger<RenewalReminderDueConsumer> logger)
    : IConsumer<Batch<RenewalReminderDue>>
{
    public const string InboxName = "renewals.notice";

    private sealed record Notice(RenewalOffer Offer, Policy Policy, NoticeRecipient? Recipient, MailKey Key);

    /// <summary>A reminder's notice is one mail however often its batch is retried (mails go out before the batch commits).</summary>
    private static MailKey KeyOf(Guid reminderId, DateTime recordedAt) => new($"renewal-notice-{reminderId:N}", recordedAt);

    /// <summary>What the batch read and built before its transaction: per policy the quote, recipient and drafted offer; the notices already formatted.</summary>
    private sealed record Prepared(IReadOnlyDictionary<Guid, PreparedPolicy> Policies, Dictionary<OutgoingMail, PreparedMail> Mails);

    private sealed record PreparedPolicy(RenewalQuoteResult? Quote, NoticeRecipient? Recipient, RenewalOffer? Draft);

    public async Task Consume(ConsumeContext<Batch<RenewalReminderDue>> context)
    {
        try
        {
            await HandleBatchAsync([.. context.Message], context.CancellationToken);
        }
        catch (Exception ex) when (context.Message.Length > 1 && !context.CancellationToken.IsCancellationRequested)
        {
            // One bad message fails its batch: handle them one at a time, mark each that succeeds as consumed (MassTransit
            // then acks it), and fail with the others, so only they are retried and end in _error.
            logger.LogWarning(ex, "Renewal reminder batch of {Count} failed; handling its messages one by one", context.Message.Length);
            var failures = new List<Exception>();
            foreach (var message in context.Message)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await HandleBatchAsync([message], context.CancellationToken);
                    await message.NotifyConsumed(message, Stopwatch.GetElapsedTime(started), nameof(RenewalReminderDueConsumer));
                }
                catch (Exception one) when (!context.CancellationToken.IsCancellationRequested)
                {
                    failures.Add(one);
                }
            }

            if (failures.Count > 0)
            {
                ExceptionDispatchInfo.Throw(failures.Count == 1 ? failures[0] : new AggregateException(failures));
            }
        }
    }

    private async Task HandleBatchAsync(IReadOnlyList<ConsumeContext<RenewalReminderDue>> batch, CancellationToken cancellationToken)
    {
        var messages = batch
            .Select(c => (Id: c.MessageId ?? throw new InvalidOperationException("RenewalReminderDue arrived without a MessageId."), c.Message))
            .ToList();
        var now = time.GetUtcNow().UtcDateTime;
        var prepared = await PrepareAsync(messages.Select(m => m.Message).ToList(), cancellationToken);
        var outcomes = new Dictionary<Guid, string>();
        await InboxGuard.ProcessBatchOnceAsync(db, messages.Select(m => m.Id).ToList(), InboxName, now, async (fresh, ct) =>
        {
            outcomes.Clear();
            var notices = await HandleAsync(messages.Where(m => fresh.Contains(m.Id)).ToList(), prepared, now, outcomes, ct);
            // Saved before any mail leaves: a conflict (a second node's offer, a duplicate inbox row) fails the batch unsent.
            await db.SaveChangesAsync(ct);
            foreach (var (messageId, notice) in notices)
            {
                outcomes[messageId] = await SendAsync(notice, prepared.Mails, ct);
            }
        }, cancellationToken);

        foreach (var (id, m) in messages)
        {
            logger.LogInformation("Renewal reminder {Stage} for policy {PolicyId}: {Outcome}", m.Stage, m.PolicyId, outcomes.GetValueOrDefault(id, "duplicate"));
        }
    }

    /// <summary>Delivers the notice; formatted before the transaction when it is the mail prepared there, else formatted now.</summary>
    private async Task<string> SendAsync(Notice notice, Dictionary<OutgoingMail, PreparedMail> formatted, CancellationToken ct) =>
        await offers.SendNoticeAsync(notice.Offer, notice.Policy, notice.Recipient, ct, formatted, notice.Key) ? "notice sent" : "no e-mail address";

    /// <summary>
    /// The reads (quotes, recipients, offers) run before the inbox transaction, set-based for the whole batch, and the new
    /// offers are drafted and every notice formatted there, so the write lock is held only for the state changes and
    /// the file writes; the transaction re-checks everything that decides whether to send, and a notice whose offer or
    /// text changed in between is formatted again inside.
    /// </summary>
    private async Task<Prepared> PrepareAsync(IReadOnlyList<RenewalReminderDue> messages, CancellationToken ct)
    {
        var reminderIds = messages.Select(m => m.ReminderId).ToList();
        var unsent = await db.Set<RenewalReminder>().AsNoTracking().Where(r => reminderIds.Contains(r.Id) && r.NoticeSentAt == null)
            .ToDictionaryAsync(r => r.Id, r => r.RecordedAt, ct);
        var keyOf = messages.Where(m => unsent.ContainsKey(m.ReminderId)).GroupBy(m => m.PolicyId)
            .ToDictionary(g => g.Key, g => KeyOf(g.First().ReminderId, unsent[g.First().ReminderId]));
        var policyIds = messages.Where(m => unsent.ContainsKey(m.ReminderId) && m.Stage != nameof(RenewalStage.Lapsed)).Select(m => m.PolicyId).Distinct().ToList();
        var policies = await db.Policies.AsNoTracking().Where(p => policyIds.Contains(p.Id)).ToListAsync(ct);
        var offered = await db.Set<RenewalOffer>().AsNoTracking().Where(o => policyIds.Contains(o.PolicyId)).ToDictionaryAsync(o => o.PolicyId, ct);
        var quoted = await offers.PrepareManyAsync(policies, policyIds.Except(offered.Keys).ToHashSet(), ct);
        var prepared = new Dictionary<Guid, PreparedPolicy>();
        var mails = new Dictionary<OutgoingMail, PreparedMail>();
        foreach (var policy in policies.Where(p => quoted.ContainsKey(p.Id)))
        {
            var (quote, recipient) = quoted[policy.Id];
            var draft = quote is not null && !offered.ContainsKey(policy.Id) ? offers.Draft(policy, quote) : null;
            prepared[policy.Id] = new PreparedPolicy(quote, recipient, draft);
            if ((draft ?? offered.GetValueOrDefault(policy.Id)) is { Status: RenewalOfferStatus.Offered } offer && recipient is not null)
            {
                var outgoing = offers.Notice(offer, policy, recipient, keyOf[policy.Id]);
                if (!mails.ContainsKey(outgoing))
                {
                    mails[outgoing] = mail.Prepare(outgoing);
                }
            }
        }

        return new Prepared(prepared, mails);
    }

    /// <summary>Stages every fresh message's effect; returns the notices to send once the changes are saved.</summary>
    private async Task<List<(Guid MessageId, Notice Notice)>> HandleAsync(
        IReadOnlyList<(Guid Id, RenewalReminderDue Message)> messages, Prepared prepared,
        DateTime now, Dictionary<Guid, string> outcomes, CancellationToken ct)
    {
        var reminderIds = messages.Select(m => m.Message.ReminderId).ToList();
        var policyIds = messages.Select(m => m.Message.PolicyId).Distinct().ToList();
        var reminders = await db.Set<RenewalReminder>().Where(r => reminderIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        var policies = await db.Policies.Where(p => policyIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var existing = await db.Set<RenewalOffer>().Where(o => policyIds.Contains(o.PolicyId)).ToDictionaryAsync(o => o.PolicyId, ct);
        var notices = new List<(Guid, Notice)>();
        foreach (var (id, m) in messages)
        {
            var reminder = reminders.GetValueOrDefault(m.ReminderId);
            if (reminder is null || reminder.NoticeSentAt is not null)
            {
                outcomes[id] = "already handled";
                continue;
            }

            reminder.MarkNoticeSent(now);
            // A reminder for a policy that is not there is a broken message: it fails (and, retried alone, goes to _error).
            var policy = policies.GetValueOrDefault(m.PolicyId) ?? throw new InvalidOperationException($"Policy {m.PolicyId} of reminder {m.ReminderId} does not exist.");
            var (outcome, notice) = await HandleOneAsync(reminder, policy, existing, prepared.Policies.GetValueOrDefault(policy.Id), now, ct);
            outcomes[id] = outcome;
            if (notice is not null)
            {
                notices.Add((id, notice));
            }
        }

        return notices;
    }

    private async Task<(string Outcome, Notice? Notice)> HandleOneAsync(
        RenewalReminder reminder, Policy policy, Dictionary<Guid, RenewalOffer> existing, PreparedPolicy? prepared, DateTime now, CancellationToken ct)
    {
        if (policy.RenewedByPolicyId is not null || policy.Status is PolicyStatus.Cancelled or PolicyStatus.Lapsed)
        {
            return ($"policy is {(policy.RenewedByPolicyId is null ? policy.Status.ToString() : "renewed")}", null);
        }

        if (reminder.Stage == RenewalStage.Lapsed && existing.GetValueOrDefault(policy.Id)?.Status == RenewalOfferStatus.Accepted)
        {
            // The policyholder accepted; the renewal is waiting in its workflow (an incident for an admin to retry): no lapse.
            return ("renewal accepted, being issued: not lapsed", null);
        }

        if (reminder.Stage == RenewalStage.Lapsed)
        {
            policy.Lapse();
            existing.GetValueOrDefault(policy.Id)?.Expire();
            await offers.AgentTaskAsync(policy, RenewalTasks.Lapsed, $"Policy {policy.Number} lapsed: not renewed by {reminder.DueOn:yyyy-MM-dd}", ct);
            PolicyLapses.Publish(db, policy, now);
            return ("lapsed", null);
        }

        if (!existing.TryGetValue(policy.Id, out var offer))
        {
            // Drafted before the transaction unless an offer was there then; it is not now (rare), so rate it here.
            offer = prepared?.Draft is { } draft ? offers.Stage(policy, draft) : offers.Open(policy, prepared?.Quote ?? await offers.QuoteAsync(policy, ct));
            existing[policy.Id] = offer;
        }

        if (reminder.CallTask)
        {
            await offers.AgentTaskAsync(policy, RenewalTasks.Call, $"Call the policyholder of {policy.Number} about renewal (expires {policy.ExpiryDate:yyyy-MM-dd})", ct);
        }

        return offer.Status != RenewalOfferStatus.Offered ? ($"offer {offer.Status}, no notice", null) : ("notice", new Notice(offer, policy, prepared?.Recipient, KeyOf(reminder.Id, reminder.RecordedAt)));
    }
}

/// <summary>
/// Batches of up to <see cref="RenewalOptions.NoticeBatchSize"/> reminders. The endpoint's retry retries the batch; after
/// the last attempt only the messages the consumer did not mark as consumed fault and move to <c>_error</c>.
/// </summary>
public sealed class RenewalReminderDueConsumerDefinition(MessagingOptions options, RenewalOptions renewals)
    : RetryingConsumerDefinition<RenewalReminderDueConsumer>(options)
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<RenewalReminderDueConsumer> consumerConfigurator, IRegistrationContext context)
    {
        base.ConfigureConsumer(endpointConfigurator, consumerConfigurator, context);
        consumerConfigurator.Options<BatchOptions>(o => o
            .SetMessageLimit(renewals.NoticeBatchSize)
            .SetTimeLimit(renewals.NoticeBatchWait)
            .SetConcurrencyLimit(renewals.NoticeBatchConcurrency));
    }
}
