using System.Globalization;
using Claims.Web.Features.PolicyUnderwriting.Contracts;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Mail;
using Claims.Web.Infrastructure.Messaging;
using MassTransit;

namespace Claims.Web.Features.PolicyUnderwriting;

/// <summary>Sends the policyholder the welcome notice of an issued policy, once per event.</summary>
public sealed class WelcomeNoticeConsumer(MailSender mail, ILogger<WelcomeNoticeConsumer> logger)
    : IConsumer<PolicyIssued>, IInboxConsumer
{
    public static string InboxName => "policies.welcome-notice";

    public async Task Consume(ConsumeContext<PolicyIssued> context)
    {
        var m = context.Message;
        if (string.IsNullOrWhiteSpace(m.Email))
        {
            logger.LogInformation("Policy {Number} has no e-mail address; the agent hands the welcome pack over", m.Number);
            return;
        }

        await mail.SendAsync(Render(m), context.CancellationToken);
    }

    public static OutgoingMail Render(PolicyIssued m)
    {
        var premium = m.Premium.ToString("#,##0.00", CultureInfo.InvariantCulture);
        var lines = new[]
        {
            $"Dear {m.PolicyholderName},",
            $"Welcome. Your motor policy {m.Number} is issued and covers you from {m.StartDate:yyyy-MM-dd} to {m.ExpiryDate:yyyy-MM-dd}.",
            $"Premium: CNY {premium}",
            "Keep this notice with your policy documents. Your agent will answer any question about your cover.",
        };
        return OutgoingMail.Paragraphs(m.Email!, m.PolicyholderName, $"Welcome: your motor policy {m.Number}", lines);
    }
}

public sealed class WelcomeNoticeConsumerDefinition(MessagingOptions options) : InboxConsumerDefinition<WelcomeNoticeConsumer>(options);
