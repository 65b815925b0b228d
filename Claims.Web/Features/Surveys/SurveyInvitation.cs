using Claims.Domain.Surveys;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Surveys;

/// <summary>Adds a survey and mails its no-login link to the policyholder when an address is on file (inside the caller's transaction).</summary>
public sealed class SurveyInvitation(ClaimsDbContext db, SurveyLinks links, MailSender mail, MailOptions mailOptions)
{
    /// <summary>Nothing when a survey of the same context and subject exists already: one survey per claim or renewal.</summary>
    public async Task SendOnceAsync(Survey survey, string subjectLine, string reason, CancellationToken ct)
    {
        if (await db.Surveys.AnyAsync(s => s.Context == survey.Context && s.ContextId == survey.ContextId, ct))
        {
            return;
        }

        db.Surveys.Add(survey);
        var holder = await db.Policyholders.AsNoTracking().SingleOrDefaultAsync(h => h.Id == survey.PolicyholderId, ct);
        if (holder?.Email is { } email)
        {
            await mail.SendAsync(Render(email, holder.Name, subjectLine, reason, mailOptions.PublicBaseUrl.TrimEnd('/') + links.Path(survey)), ct);
        }
    }

    public static OutgoingMail Render(string email, string name, string subjectLine, string reason, string link)
    {
        var lines = new[]
        {
            $"Dear {name},",
            $"{reason} Five short questions tell us how we did:",
            link,
            "The link needs no password and works once, for 30 days.",
        };
        return OutgoingMail.Paragraphs(email, name, subjectLine, lines, link);
    }
}
