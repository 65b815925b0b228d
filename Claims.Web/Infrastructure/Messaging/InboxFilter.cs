using Claims.Web.Infrastructure.Data;
using MassTransit;

namespace Claims.Web.Infrastructure.Messaging;

/// <summary>
/// Runs the consumer inside <see cref="InboxGuard.ProcessOnceAsync"/>: its inbox row and its effect commit in one transaction,
/// and a redelivered message skips the consumer. A message without a key fails: a made-up id would defeat the inbox.
/// </summary>
public sealed class InboxFilter<TConsumer> : IFilter<ConsumerConsumeContext<TConsumer>>
    where TConsumer : class, IInboxConsumer
{
    public async Task Send(ConsumerConsumeContext<TConsumer> context, IPipe<ConsumerConsumeContext<TConsumer>> next)
    {
        var key = TConsumer.InboxKey(context)
            ?? throw new InvalidOperationException($"A message for {TConsumer.InboxName} arrived without a MessageId.");
        var db = context.GetServiceOrCreateInstance<ClaimsDbContext>();
        var now = context.GetServiceOrCreateInstance<TimeProvider>().GetUtcNow().UtcDateTime;
        if (!await InboxGuard.ProcessOnceAsync(db, key, TConsumer.InboxName, now, _ => next.Send(context), context.CancellationToken))
        {
            context.GetServiceOrCreateInstance<ILogger<InboxFilter<TConsumer>>>()
                .LogInformation("Duplicate message {InboxKey} for {Inbox} skipped", key, TConsumer.InboxName);
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("inbox");
}
