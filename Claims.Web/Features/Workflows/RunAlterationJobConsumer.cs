using Claims.Web.Features.Workflows.Contracts;
using Claims.Web.Infrastructure.Messaging;
using MassTransit;

namespace Claims.Web.Features.Workflows;

/// <summary>The durable half of a submitted alteration plan: one message per instance, applied once behind the inbox.</summary>
public sealed class RunAlterationJobConsumer(AlterationJobRunner runner) : IConsumer<RunAlterationJob>, IInboxConsumer
{
    public static string InboxName => "workflows.alteration-job";

    public Task Consume(ConsumeContext<RunAlterationJob> context) => runner.RunAsync(context.Message.JobId, context.CancellationToken);
}

public sealed class RunAlterationJobConsumerDefinition(MessagingOptions options)
    : InboxConsumerDefinition<RunAlterationJobConsumer>(options);
