using System.Globalization;
using Claims.Web.Features.PolicyUnderwriting.Contracts;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Mail;
using Claims.Web.Infrastructure.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Renewals;

/// <summary>Confirms an accepted renewal to the policyholder (new policy number, term, premium), once per PolicyRenewed, in their language.</summary>
public sealed class RenewalConfirmationConsumer(ClaimsDbContext db, MailSender mail) : IConsumer<PolicyRenewed>, IInboxConsumer
{
    public static string InboxName => "renewals.confirmation";

    public async Task Consume(ConsumeContext<PolicyRenewed> context)
    {
        var ct = context.CancellationToken;
        var policy = await db.Policies.AsNoTracking().SingleOrDefaultAsync(p => p.Id == context.Message.PolicyId, ct);
        var holder = policy is null ? null : await db.Policyholders.AsNoTracking().SingleOrDefaultAsync(h => h.Id == policy.PolicyholderId, ct);
        if (policy is not null && holder?.Email is { } email)
        {
            await mail.SendAsync(Render(email, holder.Name, holder.PreferredLanguage, policy.Number, policy.StartDate, policy.ExpiryDate, policy.Premium), ct);
        }
    }

    public static OutgoingMail Render(string email, string name, string language, string number, DateOnly start, DateOnly expiry, decimal premium)
    {
        var (from, to, amount) = (start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), expiry.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            premium.ToString("#,##0.00", CultureInfo.InvariantCulture));
        var (subject, lines) = language.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
            ? ($"续保成功：您的机动车保单 {number}", new[] { $"尊敬的{name}：", $"您的保单已续保，新保单号 {number}，保险期间 {from} 至 {to}。", $"保费：人民币 {amount} 元", "请妥善保存本通知。如有疑问，请联系您的代理人。" })
            : ($"Renewed: your motor policy {number}", new[] { $"Dear {name},", $"Your policy is renewed as {number} and covers you from {from} to {to}.", $"Premium: CNY {amount}", "Keep this notice with your policy documents. Your agent will answer any question about your cover." });
        return OutgoingMail.Paragraphs(email, name, subject, lines);
    }
}

public sealed class RenewalConfirmationConsumerDefinition(MessagingOptions options) : InboxConsumerDefinition<RenewalConfirmationConsumer>(options);
