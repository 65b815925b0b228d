using System.Text.Json;
using Claims.Web.Features.Workflows.Contracts;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;

namespace Claims.Web.Features.Workflows;

/// <summary>POST /api/workflow-messages: queue a named message for the workflows of one business object.</summary>
public static class DeliverMessage
{
    public sealed record Request(string? Name, string? CorrelationId, JsonElement? Payload);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/workflow-messages", Handle)
            .RequireAuthorization(Policies.Admins)
            .WithTags("Workflows")
            .Produces(StatusCodes.Status202Accepted)
            .WithSummary("Deliver a named message (e.g. PaymentConfirmed) to waiting workflows.");

    public static async Task<IResult> Handle(Request request, ClaimsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 200)
        {
            errors["name"] = ["A message name is required, at most 200 characters."];
        }

        if (string.IsNullOrWhiteSpace(request.CorrelationId) || request.CorrelationId.Length > 100)
        {
            errors["correlationId"] = ["A correlation id (e.g. claim:C-1) is required, at most 100 characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var payload = request.Payload is { ValueKind: not JsonValueKind.Undefined and not JsonValueKind.Null } p ? p.GetRawText() : null;
        db.AddOutboxMessage(new DeliverWorkflowMessage(request.Name!, request.CorrelationId!, payload), now);
        await db.SaveChangesAsync(ct);
        return TypedResults.Accepted((string?)null);
    }
}
