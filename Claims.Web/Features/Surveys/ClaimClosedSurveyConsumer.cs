using Claims.Web.Features.Claims;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using MassTransit;

namespace Claims.Web.Features.Surveys;

/// <summary>
/// A closed claim gets a satisfaction survey about its adjuster, once per ClaimClosed (inbox-guarded) and per claim,
/// mailed to the policyholder when an address is on file.
/// </summary>
public sealed class ClaimClosedSurveyConsumer(ClaimsDbContext db, SurveyInvitation invitation, TimeProvider time) : IConsumer<ClaimClosed>, IInboxConsumer
{
    public static string InboxName => "surveys.claim-closed";

    public async Task Consume(ConsumeContext<ClaimClosed> context)
    {
        var ct = context.CancellationToken;
        if (await SurveyIssuer.ForClaimAsync(db, context.Message.ClaimId, time.GetUtcNow().UtcDateTime, ct) is { } survey)
        {
            await invitation.SendOnceAsync(survey, $"How did we do on claim {survey.ContextNumber}?",
                $"Your claim {survey.ContextNumber} is settled and closed.", ct);
        }
    }
}

public sealed class ClaimClosedSurveyConsumerDefinition(MessagingOptions options)
    : InboxConsumerDefinition<ClaimClosedSurveyConsumer>(options);
