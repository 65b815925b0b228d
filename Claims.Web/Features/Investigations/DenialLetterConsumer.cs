using Claims.Web.Features.Investigations.Contracts;
using Claims.Web.Infrastructure.Mail;
using Claims.Web.Infrastructure.Messaging;
using MassTransit;

namespace Claims.Web.Features.Investigations;

/// <summary>Sends the policyholder the letter that their claim is denied, with the investigator's reason; once per event.</summary>
public sealed class DenialLetterConsumer(MailSender mail, ILogger<DenialLetterConsumer> logger) : IConsumer<ClaimDenied>, IInboxConsumer
{
    public static string InboxName => "investigations.denial-letter";

    public async Task Consume(ConsumeContext<ClaimDenied> context)
    {
        var m = context.Message;
        if (string.IsNullOrWhiteSpace(m.Email))
        {
            logger.LogInformation("Claim {Number} was denied; the policyholder has no e-mail address, the letter goes by post", m.Number);
            return;
        }

        await mail.SendAsync(Render(m), context.CancellationToken);
    }

    public static OutgoingMail Render(ClaimDenied m)
    {
        var lines = new[]
        {
            $"Dear {m.PolicyholderName},",
            $"We have investigated your claim {m.Number} under policy {m.PolicyNumber} for the loss of {m.LossAt:yyyy-MM-dd}, and we are unable to pay it.",
            $"Reason: {m.Reason}",
            "The claim is closed. If you disagree, write to us within 60 days with any facts or documents we have not seen, and the claim will be reviewed by someone not involved in this decision.",
        };
        return OutgoingMail.Paragraphs(m.Email!, m.PolicyholderName, $"Your claim {m.Number} is denied", lines);
    }
}

public sealed class DenialLetterConsumerDefinition(MessagingOptions options) : InboxConsumerDefinition<DenialLetterConsumer>(options);
