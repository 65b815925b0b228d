using System.Text.Json.Nodes;
using Claims.Workflows.Engine;

namespace Claims.Workflows.Activities;

/// <summary>Waits until a message of this name arrives for the workflow's business object.</summary>
[Activity("Claims.WaitForMessage", Category = "Flow", DisplayName = "Wait for message",
    Description = "Waits for a named message about this workflow's business object (e.g. PaymentConfirmed).")]
public sealed class WaitForMessage : Activity
{
    [Input(DisplayName = "Message name", Description = "The name senders use, e.g. PaymentConfirmed.")]
    public string MessageName { get; set; } = "";

    [Output(Description = "The message payload.")]
    public JsonNode? Payload { get; set; }

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (string.IsNullOrWhiteSpace(MessageName))
        {
            throw new InvalidOperationException("Wait for message needs a message name.");
        }

        context.CreateBookmark(BookmarkKind.Message, new JsonObject { ["messageName"] = MessageName }, MessageName);
        return ValueTask.CompletedTask;
    }

    public override ValueTask ResumeAsync(ActivityExecutionContext context, ResumeInput input)
    {
        Payload = input.Payload?.DeepClone();
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
