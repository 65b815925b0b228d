using System.Text.RegularExpressions;
using MimeKit;

namespace Claims.Tests.Fixtures;

/// <summary>The .eml files the app wrote to its pickup folder.</summary>
public sealed partial class PickupMailbox(string folder)
{
    public sealed record Mail(string To, string Subject, string Text, string Html)
    {
        public string? RenewalLink => LinkPattern().Match(Text) is { Success: true } m ? m.Value : null;

        public string? Token => RenewalLink?[(RenewalLink.LastIndexOf('/') + 1)..];
    }

    public string Folder { get; } = folder;

    public static PickupMailbox CreateTemp() => new(Directory.CreateTempSubdirectory("claims-mail-").FullName);

    public int Count => Directory.Exists(Folder) ? Directory.GetFiles(Folder, "*.eml").Length : 0;

    public async Task<IReadOnlyList<Mail>> ReadAllAsync()
    {
        var mails = new List<Mail>();
        foreach (var file in Directory.Exists(Folder) ? Directory.GetFiles(Folder, "*.eml").Order().ToArray() : [])
        {
            using var message = await MimeMessage.LoadAsync(file);
            mails.Add(new Mail(message.To.Mailboxes.First().Address, message.Subject ?? "", message.TextBody ?? "", message.HtmlBody ?? ""));
        }

        return mails;
    }

    [GeneratedRegex(@"https?://\S+/renew/[A-Za-z0-9._-]+")]
    private static partial Regex LinkPattern();
}
