using Claims.Web.Features.Claims;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Surveys;

/// <summary>A closed claim gets a satisfaction survey about its adjuster, once per ClaimClosed (inbox-guarded) and per claim.</summary>
public sealed class ClaimClosedSurveyConsumer(ClaimsDbContext db, TimeProvider time) : IConsumer<ClaimClosed>
{
    public const string InboxName = "surveys.claim-closed";

    public Task Consume(ConsumeContext<ClaimClosed> context)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return InboxGuard.ProcessOnceAsync(db, context.MessageId ?? throw new InvalidOperationException("ClaimClosed arrived without a MessageId."),
            InboxName, now, async ct =>
            {
                if (await db.Surveys.AnyAsync(s => s.Context == Domain.Surveys.SurveyContext.Claim && s.ContextId == context.Message.ClaimId, ct))
                {
                    return;
                }

                if (await SurveyIssuer.ForClaimAsync(db, context.Message.ClaimId, now, ct) is { } survey)
                {
                    db.Surveys.Add(survey);
                }
            }, context.CancellationToken);
    }
}

public sealed class ClaimClosedSurveyConsumerDefinition(MessagingOptions options)
    : RetryingConsumerDefinition<ClaimClosedSurveyConsumer>(options);
