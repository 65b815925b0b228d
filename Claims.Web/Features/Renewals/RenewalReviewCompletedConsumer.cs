using System.Text.Json;
using Claims.Domain.Renewals;
using Claims.Web.Features.Tasks.Contracts;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Renewals;

/// <summary>The underwriter decided a referred renewal: on acceptance the offer goes out with its notice; a decline closes it.</summary>
public sealed class RenewalReviewCompletedConsumer(ClaimsDbContext db, RenewalOffers offers) : IConsumer<WorkTaskCompleted>, IInboxConsumer
{
    public static string InboxName => "renewals.review";

    public async Task Consume(ConsumeContext<WorkTaskCompleted> context)
    {
        var m = context.Message;
        var ct = context.CancellationToken;
        if (!await db.WorkTasks.AnyAsync(t => t.Id == m.TaskId && t.Kind == RenewalTasks.Review, ct))
        {
            return;
        }

        var offer = await db.Set<RenewalOffer>().SingleOrDefaultAsync(o => o.ReviewTaskId == m.TaskId, ct);
        if (offer is null || offer.Status != RenewalOfferStatus.PendingUnderwriting)
        {
            return;
        }

        var accept = m.Outcome == RenewalTasks.Accept;
        offer.Underwrite(accept, Premium(m.DataJson), m.CompletedBy, accept ? null : Reason(m.DataJson));
        if (accept)
        {
            var policy = await db.Policies.SingleAsync(p => p.Id == offer.PolicyId, ct);
            await offers.SendNoticeAsync(offer, policy, null, ct);
        }
    }

    private static decimal? Premium(string? json) => Read(json, "premium") is { ValueKind: JsonValueKind.Number } e ? e.GetDecimal() : null;

    private static string? Reason(string? json) => Read(json, "reason") is { ValueKind: JsonValueKind.String } e ? e.GetString() : null;

    private static JsonElement? Read(string? json, string name)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty(name, out var e) ? e.Clone() : null;
        }
        catch (JsonException)
        {
            return null; // the task page sends free text; no data is no change
        }
    }
}

public sealed class RenewalReviewCompletedConsumerDefinition(MessagingOptions options)
    : InboxConsumerDefinition<RenewalReviewCompletedConsumer>(options);
