using Claims.Web.Features.PolicyUnderwriting.Contracts;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using MassTransit;

namespace Claims.Web.Features.Surveys;

/// <summary>
/// A renewed policy gets a satisfaction survey about its agent, once per PolicyRenewed (inbox-guarded) and per policy,
/// mailed to the policyholder when an address is on file.
/// </summary>
public sealed class PolicyRenewedSurveyConsumer(ClaimsDbContext db, SurveyInvitation invitation, TimeProvider time) : IConsumer<PolicyRenewed>, IInboxConsumer
{
    public static string InboxName => "surveys.policy-renewed";

    public async Task Consume(ConsumeContext<PolicyRenewed> context)
    {
        var ct = context.CancellationToken;
        if (await SurveyIssuer.ForPolicyAsync(db, context.Message.PolicyId, time.GetUtcNow().UtcDateTime, ct) is { } survey)
        {
            await invitation.SendOnceAsync(survey, $"How did we do on your renewal {survey.ContextNumber}?",
                $"Your policy is renewed as {survey.ContextNumber}.", ct);
        }
    }
}

public sealed class PolicyRenewedSurveyConsumerDefinition(MessagingOptions options)
    : InboxConsumerDefinition<PolicyRenewedSurveyConsumer>(options);
