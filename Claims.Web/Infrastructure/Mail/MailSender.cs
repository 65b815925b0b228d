using System.Net;
using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Claims.Web.Infrastructure.Mail;

/// <summary>
/// Names a mail for good, so that delivering it twice (a consumer's batch retried after its mails went out but before its
/// commit) is one mail: the pickup file is named by it (and overwritten), and its Message-ID derives from it.
/// </summary>
public sealed record MailKey(string Id, DateTime At);

public sealed record OutgoingMail(string To, string ToName, string Subject, string Html, string Text, MailKey? Key = null)
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

/// <summary>A mail built and, for the pickup folder, already formatted: delivering it only writes the file (or talks SMTP).</summary>
public sealed class PreparedMail
{
    internal PreparedMail(MimeMessage message, byte[]? formatted, MailKey? key) => (Message, Formatted, Key) = (message, formatted, key);

    internal MailKey? Key { get; }

    internal MimeMessage Message { get; }

    /// <summary>The .eml bytes when the mail goes to the pickup folder; null for SMTP.</summary>
    internal byte[]? Formatted { get; }
}

/// <summary>
/// Sends an HTML mail with a plain-text part: over SMTP with MailKit, or as an .eml file in the pickup folder. Scoped: the
/// mails of one scope (a consumer's batch of notices) share one SMTP connection, opened for the first and closed with
/// the scope. One mail at a time per scope.
/// </summary>
public sealed class MailSender(MailOptions options, IHostEnvironment environment) : IAsyncDisposable
{
    private SmtpClient? _smtp;

    public string PickupFolder => Path.IsPathRooted(options.PickupFolder)
        ? options.PickupFolder
        : Path.Combine(environment.ContentRootPath, options.PickupFolder);

    public Task<string> SendAsync(OutgoingMail mail, CancellationToken ct) => DeliverAsync(Prepare(mail), ct);

    /// <summary>
    /// Builds the MIME message (and formats it for the pickup folder) without sending it, so a caller can do the costly
    /// part before it holds a lock and only deliver inside.
    /// </summary>
    public PreparedMail Prepare(OutgoingMail mail)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.From));
        message.To.Add(new MailboxAddress(mail.ToName, mail.To));
        message.Subject = mail.Subject;
        if (mail.Key is { } key)
        {
            message.MessageId = $"{key.Id}@claims.local";
        }
        message.Body = new BodyBuilder { HtmlBody = mail.Html, TextBody = mail.Text }.ToMessageBody();
        if (options.Delivery != MailDelivery.Pickup)
        {
            return new PreparedMail(message, null, mail.Key);
        }

        // Formatted in memory, written later in one call (MimeKit's own async file write costs many small writes).
        using var buffer = new MemoryStream();
        message.WriteTo(buffer);
        return new PreparedMail(message, buffer.ToArray(), mail.Key);
    }

    /// <summary>Sends a prepared mail; returns the .eml path or the SMTP message id.</summary>
    public async Task<string> DeliverAsync(PreparedMail mail, CancellationToken ct)
    {
        if (mail.Formatted is { } formatted)
        {
            Directory.CreateDirectory(PickupFolder);
            // A keyed mail's name is fixed (its key's time keeps the folder's order), so a second delivery replaces the first.
            var path = Path.Combine(PickupFolder, $"{mail.Key?.At ?? DateTime.UtcNow:yyyyMMddHHmmssfff}-{mail.Key?.Id ?? mail.Message.MessageId}.eml");
            // Written aside and renamed, so a reader of the folder never sees half a message. Synchronously: on Linux an
            // async file write is this same write queued to another thread-pool thread (a hop per mail, 4 KB each).
            var partial = path + ".partial";
            File.WriteAllBytes(partial, formatted);
            File.Move(partial, path, overwrite: true);
            return path;
        }

        var smtp = await ConnectedAsync(ct);
        try
        {
            await smtp.SendAsync(mail.Message, ct);
        }
        catch
        {
            // Whatever state the session is in now, the next mail starts on a new connection.
            await CloseAsync();
            throw;
        }

        return mail.Message.MessageId ?? "";
    }

    /// <summary>The scope's SMTP connection: opened (and authenticated) for the first mail, again if the server closed it.</summary>
    private async Task<SmtpClient> ConnectedAsync(CancellationToken ct)
    {
        if (_smtp is { IsConnected: true } open)
        {
            return open;
        }

        await CloseAsync();
        var smtp = new SmtpClient();
        _smtp = smtp;
        await smtp.ConnectAsync(options.SmtpHost, options.SmtpPort, options.SmtpStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
        if (options.SmtpUser is not null)
        {
            await smtp.AuthenticateAsync(options.SmtpUser, options.SmtpPassword ?? "", ct);
        }

        return smtp;
    }

    private async Task CloseAsync()
    {
        if (_smtp is not { } smtp)
        {
            return;
        }

        _smtp = null;
        try
        {
            if (smtp.IsConnected)
            {
                await smtp.DisconnectAsync(quit: true);
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or SmtpProtocolException or SmtpCommandException)
        {
            // Every mail sent on it was accepted already; a QUIT that fails loses nothing.
        }
        finally
        {
            smtp.Dispose();
        }
    }

    public async ValueTask DisposeAsync() => await CloseAsync();
}
