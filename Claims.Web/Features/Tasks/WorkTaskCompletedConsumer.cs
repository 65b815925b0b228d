using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Contracts;
using Claims.Workflows.Tasks;
using MassTransit;

namespace Claims.Web.Features.Tasks;

/// <summary>Records each completed task once in the completion log, however often the broker delivers it.</summary>
public sealed class WorkTaskCompletedConsumer(ClaimsDbContext db, TimeProvider time, ILogger<WorkTaskCompletedConsumer> logger) : IConsumer<WorkTaskCompleted>
{
    /// <summary>The inbox key; stable across renames of the class.</summary>
    public const string InboxName = "tasks.completion-log";

    public async Task Consume(ConsumeContext<WorkTaskCompleted> context)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException("WorkTaskCompleted arrived without a MessageId.");
        var m = context.Message;
        var now = time.GetUtcNow().UtcDateTime;
        var applied = await InboxGuard.ProcessOnceAsync(db, messageId, InboxName, now, _ =>
        {
            db.TaskCompletionLog.Add(TaskCompletionLogEntry.Record(m.TaskId, messageId, m.Outcome, m.CompletedBy, m.CompletedAt, now));
            return Task.CompletedTask;
        }, context.CancellationToken);

        if (!applied)
        {
            logger.LogInformation("Duplicate WorkTaskCompleted {MessageId} for task {TaskId} skipped", messageId, m.TaskId);
        }
    }
}

public sealed class WorkTaskCompletedConsumerDefinition(MessagingOptions options)
    : RetryingConsumerDefinition<WorkTaskCompletedConsumer>(options);
