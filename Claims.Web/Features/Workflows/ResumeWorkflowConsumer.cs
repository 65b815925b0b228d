using System.Text.Json.Nodes;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Contracts;
using Claims.Workflows.Engine;
using Claims.Workflows.Hosting;
using MassTransit;

namespace Claims.Web.Features.Workflows;

/// <summary>
/// Advances an instance from a bookmark. The inbox row, the new state and every staged effect commit in one
/// transaction; a second node racing on the same instance loses on the journal's unique sequence or the concurrency
/// token and, on retry, finds the bookmark consumed (TwoNodeResumeTests provokes exactly this).
/// </summary>
public sealed class ResumeWorkflowConsumer(ClaimsDbContext db, WorkflowHost host, TimeProvider time, ILogger<ResumeWorkflowConsumer> logger)
    : IConsumer<ResumeWorkflow>
{
    public const string InboxName = "workflows.resume";

    public async Task Consume(ConsumeContext<ResumeWorkflow> context)
    {
        var m = context.Message;
        HostResult? result = null;
        await InboxGuard.ProcessOnceAsync(db, context.MessageId ?? Guid.NewGuid(), InboxName, time.GetUtcNow().UtcDateTime, async ct =>
        {
            var payload = m.PayloadJson is null ? null : JsonNode.Parse(m.PayloadJson);
            result = await host.ResumeAsync(m.BookmarkId, new ResumeInput(m.Outcome, payload), ct);
        }, context.CancellationToken);

        if (result is { Succeeded: false })
        {
            // Already consumed or refused: an expected end for a duplicate or a stale command, not an error.
            logger.LogInformation("Resume of bookmark {BookmarkId} ended {Outcome}: {Message}", m.BookmarkId, result.Outcome, result.Message);
        }
    }
}

public sealed class ResumeWorkflowConsumerDefinition(MessagingOptions options)
    : RetryingConsumerDefinition<ResumeWorkflowConsumer>(options);
