using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Tests.Web;

/// <summary>Every text column has a maximum length in the model (and so in each provider's schema), but for the named documents.</summary>
public sealed class ModelBoundsTests
{
    /// <summary>
    /// JSON documents, serialized payloads and engine-written text: bounded by the request size caps (and, for the
    /// proposal's JSON-column parts, by the proposal's validation), not by a column length.
    /// </summary>
    private static readonly string[] Documents =
    [
        "BookmarkRecord.PayloadJson", "DataProtectionKey.FriendlyName", "DataProtectionKey.Xml", "IncidentRecord.Message", "JournalRecord.Message",
        "JournalRecord.PayloadJson", "OutboxMessage.Body", "WorkflowDefinitionRecord.Json", "WorkflowInstanceRecord.StateJson", "WorkTask.DataJson",
        "DisclosureAnswer.Answer", "DisclosureAnswer.Details", "DisclosureAnswer.Key", "NamedDriver.Name", "RatingLine.Name",
        "UnderwriterDecision.By", "UnderwriterDecision.Reason", "UnderwritingIssue.Description",
        "IdempotencyRecord.Body", // the first answer replayed to a retry, as the endpoint wrote it
        "AlterationPlanRecord.FilterJson", "AlterationPlanRecord.AlterationsJson", // a plan as submitted (the request size cap bounds it)
        "AlterationJobRecord.Log", // the engine's per-instance log of what an alteration did
    ];

    [Fact]
    public async Task Model_EveryStringProperty_HasAMaxLength()
    {
        await using var app = ClaimsAppFactory.WithSqlite();
        await using var scope = app.Services.CreateAsyncScope();
        var model = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>().Model;

        var unbounded = model.GetEntityTypes()
            .SelectMany(e => e.GetProperties().Where(p => p.ClrType == typeof(string) && p.GetMaxLength() is null).Select(p => $"{e.ClrType.Name}.{p.Name}"))
            .Where(name => !Documents.Contains(name)).Order().ToList();

        Assert.True(unbounded.Count == 0, "Unbounded text columns:\n" + string.Join("\n", unbounded));
    }
}
