using System.Text.Json.Nodes;
using Claims.Web.Features.Workflows.Contracts;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Engine;
using Claims.Workflows.Hosting;
using MassTransit;

namespace Claims.Web.Features.Workflows;

/// <summary>
/// Advances an instance from a bookmark. The inbox row, the new state and every staged effect commit in one
/// transaction; a second node racing on the same instance loses on the journal's unique sequence or the concurrency
/// token and, on retry, finds the bookmark consumed (TwoNodeResumeTests provokes exactly this).
/// </summary>
public sealed class ResumeWorkflowConsumer(WorkflowHost host, ILogger<ResumeWorkflowConsumer> logger)
    : IConsumer<ResumeWorkflow>, IInboxConsumer
{
    public static string InboxName => "workflows.resume";

    public async Task Consume(ConsumeContext<ResumeWorkflow> context)
    {
        var m = context.Message;
        var payload = m.PayloadJson is null ? null : JsonNode.Parse(m.PayloadJson);
        var result = await host.ResumeAsync(m.BookmarkId, new ResumeInput(m.Outcome, payload), context.CancellationToken);
        if (!result.Succeeded)
        {
            // Already consumed or refused: an expected end for a duplicate or a stale command, not an error.
            logger.LogInformation("Resume of bookmark {BookmarkId} ended {Outcome}: {Message}", m.BookmarkId, result.Outcome, result.Message);
        }
    }
}

public sealed class ResumeWorkflowConsumerDefinition(MessagingOptions options)
    : InboxConsumerDefinition<ResumeWorkflowConsumer>(options);
