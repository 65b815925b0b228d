using System.Text.Json.Nodes;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Contracts;
using Claims.Workflows.Engine;
using Claims.Workflows.Hosting;
using MassTransit;

namespace Claims.Web.Features.Workflows;

/// <summary>Resumes every workflow of a business object that waits for this message name.</summary>
public sealed class DeliverWorkflowMessageConsumer(ClaimsDbContext db, WorkflowHost host, TimeProvider time) : IConsumer<DeliverWorkflowMessage>
{
    public const string InboxName = "workflows.message";

    public Task Consume(ConsumeContext<DeliverWorkflowMessage> context)
    {
        var m = context.Message;
        return InboxGuard.ProcessOnceAsync(db, context.MessageId ?? Guid.NewGuid(), InboxName, time.GetUtcNow().UtcDateTime,
            ct => host.ResumeByMessageAsync(m.Name, m.CorrelationId, new ResumeInput(null, m.PayloadJson is null ? null : JsonNode.Parse(m.PayloadJson)), ct),
            context.CancellationToken);
    }
}

public sealed class DeliverWorkflowMessageConsumerDefinition(MessagingOptions options)
    : RetryingConsumerDefinition<DeliverWorkflowMessageConsumer>(options);
