using Claims.Domain.Portal;
using Claims.Web.Features.Portal.Contracts;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Mail;
using Claims.Web.Infrastructure.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Portal;

/// <summary>Tells the policyholder of each status change of their claim, with a fresh signed link to its status page; once per change.</summary>
public sealed class ClaimStatusMailConsumer(ClaimsDbContext db, MailSender mail, PortalLinks links) : IConsumer<ClaimStatusChanged>, IInboxConsumer
{
    public static string InboxName => "portal.claim-status-mail";

    public async Task Consume(ConsumeContext<ClaimStatusChanged> context)
    {
        var ct = context.CancellationToken;
        var message = context.Message;
        var holder = await (from c in db.Claims
                            join p in db.Policies on c.PolicyId equals p.Id
                            join h in db.Policyholders on p.PolicyholderId equals h.Id
                            where c.Id == message.ClaimId
                            select new { h.Name, h.Email }).AsNoTracking().SingleOrDefaultAsync(ct);
        if (holder?.Email is { } email)
        {
            await mail.SendAsync(Render(email, holder.Name, message.Number, ClaimTimeline.Describe(message.Status), links.StatusUrl(message.ClaimId)), ct);
        }
    }

    public static OutgoingMail Render(string email, string name, string number, string status, string link) =>
        OutgoingMail.Paragraphs(email, name, $"Your claim {number}: {status}",
            [$"Dear {name},", $"Your motor claim {number} is now: {status}.", "Follow it, see what we still need from you and add photos here:", link,
             "The link is personal: do not forward this mail."], link);
}

public sealed class ClaimStatusMailConsumerDefinition(MessagingOptions options) : InboxConsumerDefinition<ClaimStatusMailConsumer>(options);
