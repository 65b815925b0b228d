using Claims.Web.Features.Workflows.Contracts;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Hosting;
using MassTransit;

namespace Claims.Web.Features.Workflows;

/// <summary>A due timer resumes its bookmark once, whichever node receives it.</summary>
public sealed class FireWorkflowTimerConsumer(WorkflowHost host) : IConsumer<FireWorkflowTimer>, IInboxConsumer
{
    public static string InboxName => "workflows.timer";

    /// <summary>The timer, not the message: two dispatches of one timer are one firing.</summary>
    public static Guid? InboxKey(ConsumeContext context) =>
        context.TryGetMessage<FireWorkflowTimer>(out var timer) ? timer.Message.TimerId : context.MessageId;

    public Task Consume(ConsumeContext<FireWorkflowTimer> context) => host.ResumeAsync(context.Message.TimerId, ct: context.CancellationToken);
}

public sealed class FireWorkflowTimerConsumerDefinition(MessagingOptions options)
    : InboxConsumerDefinition<FireWorkflowTimerConsumer>(options);
