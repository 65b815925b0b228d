using Claims.Web.Features.Tasks.Contracts;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Tasks;
using MassTransit;

namespace Claims.Web.Features.Tasks;

/// <summary>Records each completed task once in the completion log, however often the broker delivers it.</summary>
public sealed class WorkTaskCompletedConsumer(ClaimsDbContext db, TimeProvider time) : IConsumer<WorkTaskCompleted>, IInboxConsumer
{
    public static string InboxName => "tasks.completion-log";

    public Task Consume(ConsumeContext<WorkTaskCompleted> context)
    {
        // The inbox filter let only a message with an id through.
        var m = context.Message;
        db.TaskCompletionLog.Add(TaskCompletionLogEntry.Record(m.TaskId, context.MessageId!.Value, m.Outcome, m.CompletedBy, m.CompletedAt, time.GetUtcNow().UtcDateTime));
        return Task.CompletedTask;
    }
}

public sealed class WorkTaskCompletedConsumerDefinition(MessagingOptions options)
    : InboxConsumerDefinition<WorkTaskCompletedConsumer>(options);
