using System.Net;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Claims.Web.Infrastructure.Mail;

public sealed record OutgoingMail(string To, string ToName, string Subject, string Html, string Text)
{
    /// <summary>A short notice of plain paragraphs: each an HTML paragraph (a line equal to <paramref name="link"/> as its anchor), blank-line separated in the text part.</summary>
    public static OutgoingMail Paragraphs(string to, string toName, string subject, IReadOnlyList<string> lines, string? link = null)
    {
        var html = "<!DOCTYPE html><html><body style=\"font-family:sans-serif\">"
            + string.Concat(lines.Select(l => l == link
                ? $"<p><a href=\"{WebUtility.HtmlEncode(l)}\">{WebUtility.HtmlEncode(l)}</a></p>"
                : $"<p>{WebUtility.HtmlEncode(l)}</p>"))
            + "</body></html>";
        return new OutgoingMail(to, toName, subject, html, string.Join("\n\n", lines) + "\n");
    }
}

/// <summary>Sends an HTML mail with a plain-text part: over SMTP with MailKit, or as an .eml file in the pickup folder.</summary>
public sealed class MailSender(MailOptions options, IHostEnvironment environment)
{
    public string PickupFolder => Path.IsPathRooted(options.PickupFolder)
        ? options.PickupFolder
        : Path.Combine(environment.ContentRootPath, options.PickupFolder);

    public async Task<string> SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.From));
        message.To.Add(new MailboxAddress(mail.ToName, mail.To));
        message.Subject = mail.Subject;
        message.Body = new BodyBuilder { HtmlBody = mail.Html, TextBody = mail.Text }.ToMessageBody();

        if (options.Delivery == MailDelivery.Pickup)
        {
            Directory.CreateDirectory(PickupFolder);
            var path = Path.Combine(PickupFolder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{message.MessageId}.eml");
            // Formatted in memory and written in one call (MimeKit's own async file write costs many small writes);
            // written aside and renamed, so a reader of the folder never sees half a message.
            using var buffer = new MemoryStream();
            message.WriteTo(buffer, ct);
            var partial = path + ".partial";
            await File.WriteAllBytesAsync(partial, buffer.ToArray(), ct);
            File.Move(partial, path);
            return path;
        }

        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(options.SmtpHost, options.SmtpPort, options.SmtpStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
        if (options.SmtpUser is not null)
        {
            await smtp.AuthenticateAsync(options.SmtpUser, options.SmtpPassword ?? "", ct);
        }

        await smtp.SendAsync(message, ct);
        await smtp.DisconnectAsync(true, ct);
        return message.MessageId ?? "";
    }
}
