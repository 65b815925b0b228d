using Claims.Domain.Portal;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Mail;
using Claims.Web.Infrastructure.Sms;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Portal;

/// <summary>The one-time codes of the online notice: asked for with policy number and plate, sent to the contacts on the policy, checked once.</summary>
public sealed class PortalCodes(ClaimsDbContext db, MailSender mail, ISmsSender sms, PortalLinks links, PortalOptions options, TimeProvider time, ILogger<PortalCodes> logger)
{
    /// <summary>
    /// A challenge id whether or not the details match a policy: when they do (and the policy has not had its hourly share of
    /// codes), a code is stored (hashed) and sent by mail and text; when not, nothing is stored or sent and the id leads
    /// nowhere. The caller shows the same page either way.
    /// </summary>
    public async Task<Guid> RequestAsync(string? policyNumber, string? plate, CancellationToken ct)
    {
        var challenge = Guid.NewGuid();
        var number = policyNumber?.Trim() ?? "";
        var match = number.Length is 0 or > 40 ? null
            : await (from p in db.Policies
                     join v in db.Vehicles on p.VehicleId equals v.Id
                     join h in db.Policyholders on p.PolicyholderId equals h.Id
                     where p.Number == number
                     select new { PolicyId = p.Id, p.Number, v.Plate, h.Name, h.Email, h.Phone }).AsNoTracking().SingleOrDefaultAsync(ct);
        if (match is null || PlateKey(match.Plate) != PlateKey(plate) || PlateKey(plate).Length == 0)
        {
            return challenge;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var hourAgo = now.AddHours(-1);
        if (await db.Set<OneTimeCode>().CountAsync(c => c.PolicyId == match.PolicyId && c.CreatedAt > hourAgo, ct) >= options.CodesPerPolicyPerHour)
        {
            logger.LogWarning("Online-notice code for policy {Policy} not sent: {Limit} codes in the last hour", match.Number, options.CodesPerPolicyPerHour);
            return challenge;
        }

        var code = OneTimeCode.NewCode();
        db.Add(OneTimeCode.Issue(challenge, match.PolicyId, code, links.CodeKey, now, options.CodeValidFor));
        await db.SaveChangesAsync(ct);
        var minutes = (int)options.CodeValidFor.TotalMinutes;
        if (match.Email is { } email)
        {
            await mail.SendAsync(OutgoingMail.Paragraphs(email, match.Name, $"Your code to report a loss on policy {match.Number}",
                [$"Dear {match.Name},", $"Your code is {code}. It is valid for {minutes} minutes, once.",
                 "If you did not ask for it, ignore this mail: nothing happens without the code."]), ct);
        }

        if (!string.IsNullOrWhiteSpace(match.Phone))
        {
            await sms.SendAsync(new OutgoingSms(match.Phone, $"Claims: your code for policy {match.Number} is {code} (valid {minutes} min). Do not share it."), ct);
        }

        return challenge;
    }

    /// <summary>
    /// Checks a code against its challenge; a wrong attempt is saved at once, an accepted code is marked used on the
    /// tracked row and saved with the caller's next save (the claim it opens), so a refused notice leaves it usable.
    /// </summary>
    public async Task<(CodeCheck Check, Guid? PolicyId)> VerifyAsync(Guid challenge, string? code, CancellationToken ct)
    {
        var stored = await db.Set<OneTimeCode>().SingleOrDefaultAsync(c => c.Id == challenge, ct);
        if (stored is null)
        {
            return (CodeCheck.Wrong, null);
        }

        var check = stored.Verify(code?.Trim(), links.CodeKey, time.GetUtcNow().UtcDateTime, options.MaxCodeAttempts);
        if (check == CodeCheck.Wrong)
        {
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                // A parallel attempt counted first; this one is refused all the same.
                db.ChangeTracker.Clear();
            }
        }

        return (check, check == CodeCheck.Accepted ? stored.PolicyId : null);
    }

    /// <summary>Plates compared on letters and digits only: "沪A·12345", "沪A 12345" and "沪a12345" are one plate.</summary>
    public static string PlateKey(string? plate) => string.Concat((plate ?? "").Where(char.IsLetterOrDigit)).ToUpperInvariant();
}
