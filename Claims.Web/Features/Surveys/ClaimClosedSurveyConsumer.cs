using System.Net;
using Claims.Domain.Surveys;
using Claims.Web.Features.Claims;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Mail;
using Claims.Web.Infrastructure.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Surveys;

/// <summary>
/// A closed claim gets a satisfaction survey about its adjuster, once per ClaimClosed (inbox-guarded) and per claim,
/// mailed to the policyholder when an address is on file.
/// </summary>
public sealed class ClaimClosedSurveyConsumer(ClaimsDbContext db, SurveyLinks links, MailSender mail, MailOptions mailOptions, TimeProvider time)
    : IConsumer<ClaimClosed>
{
    public const string InboxName = "surveys.claim-closed";

    public Task Consume(ConsumeContext<ClaimClosed> context)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return InboxGuard.ProcessOnceAsync(db, context.MessageId ?? throw new InvalidOperationException("ClaimClosed arrived without a MessageId."),
            InboxName, now, async ct =>
            {
                if (await db.Surveys.AnyAsync(s => s.Context == SurveyContext.Claim && s.ContextId == context.Message.ClaimId, ct)
                    || await SurveyIssuer.ForClaimAsync(db, context.Message.ClaimId, now, ct) is not { } survey)
                {
                    return;
                }

                db.Surveys.Add(survey);
                var holder = await db.Policyholders.AsNoTracking().SingleOrDefaultAsync(h => h.Id == survey.PolicyholderId, ct);
                if (holder?.Email is { } email)
                {
                    await mail.SendAsync(Render(email, holder.Name, survey.ContextNumber, mailOptions.PublicBaseUrl.TrimEnd('/') + links.Path(survey)), ct);
                }
            }, context.CancellationToken);
    }

    public static OutgoingMail Render(string email, string name, string claimNumber, string link)
    {
        var lines = new[]
        {
            $"Dear {name},",
            $"Your claim {claimNumber} is settled and closed. Five short questions tell us how we did:",
            link,
            "The link needs no password and works once, for 30 days.",
        };
        var html = "<!DOCTYPE html><html><body style=\"font-family:sans-serif\">"
            + string.Concat(lines.Select(l => l == link ? $"<p><a href=\"{WebUtility.HtmlEncode(l)}\">{WebUtility.HtmlEncode(l)}</a></p>" : $"<p>{WebUtility.HtmlEncode(l)}</p>"))
            + "</body></html>";
        return new OutgoingMail(email, name, $"How did we do on claim {claimNumber}?", html, string.Join("\n\n", lines) + "\n");
    }
}

public sealed class ClaimClosedSurveyConsumerDefinition(MessagingOptions options)
    : RetryingConsumerDefinition<ClaimClosedSurveyConsumer>(options);
