using System.Text.Json.Nodes;
using Claims.Web.Features.Workflows.Contracts;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Engine;
using Claims.Workflows.Hosting;
using MassTransit;

namespace Claims.Web.Features.Workflows;

/// <summary>
/// Starts a dispatched child on whichever node takes the message. The inbox row, the child's first state and (when it
/// ends at once) its parent's resume message commit in one transaction.
/// </summary>
public sealed class StartChildWorkflowConsumer(WorkflowHost host, ILogger<StartChildWorkflowConsumer> logger)
    : IConsumer<StartChildWorkflow>, IInboxConsumer
{
    public static string InboxName => "workflows.start-child";

    public async Task Consume(ConsumeContext<StartChildWorkflow> context)
    {
        var m = context.Message;
        var reference = m.BusinessObjectName is null ? null : new BusinessObjectReference(m.BusinessObjectName, m.BusinessObjectId);
        var dispatch = new ChildDispatch(m.ChildInstanceId, m.DefinitionId, JsonNode.Parse(m.InputJson) as JsonObject ?? [], reference,
            new ParentLink(m.ParentInstanceId, m.ParentActivityId, m.ParentBookmarkId));
        var result = await host.StartChildAsync(dispatch, context.CancellationToken);
        if (!result.Succeeded)
        {
            logger.LogInformation("Start of child {ChildId} ({DefinitionId}) ended {Outcome}: {Message}", m.ChildInstanceId, m.DefinitionId, result.Outcome, result.Message);
        }
    }
}

public sealed class StartChildWorkflowConsumerDefinition(MessagingOptions options)
    : InboxConsumerDefinition<StartChildWorkflowConsumer>(options);
