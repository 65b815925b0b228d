using System.Text.Json.Nodes;
using Claims.Web.Features.Workflows.Contracts;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Engine;
using Claims.Workflows.Hosting;
using MassTransit;

namespace Claims.Web.Features.Workflows;

/// <summary>Resumes every workflow of a business object that waits for this message name.</summary>
public sealed class DeliverWorkflowMessageConsumer(WorkflowHost host) : IConsumer<DeliverWorkflowMessage>, IInboxConsumer
{
    public static string InboxName => "workflows.message";

    public Task Consume(ConsumeContext<DeliverWorkflowMessage> context)
    {
        var m = context.Message;
        return host.ResumeByMessageAsync(m.Name, m.CorrelationId, new ResumeInput(null, m.PayloadJson is null ? null : JsonNode.Parse(m.PayloadJson)),
            context.CancellationToken);
    }
}

public sealed class DeliverWorkflowMessageConsumerDefinition(MessagingOptions options)
    : InboxConsumerDefinition<DeliverWorkflowMessageConsumer>(options);
