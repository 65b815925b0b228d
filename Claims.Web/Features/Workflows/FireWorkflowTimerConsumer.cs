using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Contracts;
using Claims.Workflows.Hosting;
using MassTransit;

namespace Claims.Web.Features.Workflows;

/// <summary>A due timer resumes its bookmark once, whichever node receives it.</summary>
public sealed class FireWorkflowTimerConsumer(ClaimsDbContext db, WorkflowHost host, TimeProvider time) : IConsumer<FireWorkflowTimer>
{
    public const string InboxName = "workflows.timer";

    public Task Consume(ConsumeContext<FireWorkflowTimer> context) =>
        InboxGuard.ProcessOnceAsync(db, context.Message.TimerId, InboxName, time.GetUtcNow().UtcDateTime,
            ct => host.ResumeAsync(context.Message.TimerId, ct: ct), context.CancellationToken);
}

public sealed class FireWorkflowTimerConsumerDefinition(MessagingOptions options)
    : RetryingConsumerDefinition<FireWorkflowTimerConsumer>(options);
