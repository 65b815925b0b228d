using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MimeKit;

namespace Claims.Web.Pages.Dev;

/// <summary>/dev/mailbox: the mails written to the pickup folder, newest first (Development only).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class MailboxModel(MailSender sender, IHostEnvironment environment) : PageModel
{
    public sealed record Mail(string File, DateTime Date, string To, string Subject, string Html, string Text);

    public IReadOnlyList<Mail> Mails { get; private set; } = [];
    public Mail? Selected { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? file, CancellationToken ct)
    {
        if (!environment.IsDevelopment())
        {
            return NotFound();
        }

        var folder = sender.PickupFolder;

        if (file is not null)
        {
            var path = Path.Combine(folder, Path.GetFileName(file));
            if (!System.IO.File.Exists(path))
            {
                return NotFound();
            }

            Selected = await ReadAsync(path, ct);
            return Page();
        }

        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml").OrderDescending().Take(200) : [];
        Mails = await Task.WhenAll(files.Select(f => ReadAsync(f, ct)));
        return Page();
    }

    private static async Task<Mail> ReadAsync(string path, CancellationToken ct)
    {
        var message = await MimeMessage.LoadAsync(path, ct);
        return new Mail(Path.GetFileName(path), message.Date.UtcDateTime, message.To.ToString(), message.Subject ?? "", message.HtmlBody ?? "", message.TextBody ?? "");
    }
}
