using System.ComponentModel.DataAnnotations;

namespace Claims.Web.Infrastructure.Mail;

public enum MailDelivery { Pickup, Smtp }

/// <summary>Bound from <c>Mail</c>. Development writes .eml files to a pickup folder (listed at /dev/mailbox); production uses SMTP.</summary>
public sealed class MailOptions : IValidatableObject
{
    public const string Section = "Mail";

    public MailDelivery Delivery { get; set; } = MailDelivery.Pickup;
    public string PickupFolder { get; set; } = "App_Data/mailbox";
    public string From { get; set; } = "Claims Renewals <renewals@claims.local>";
    public string SmtpHost { get; set; } = "127.0.0.1";
    public int SmtpPort { get; set; } = 25;
    public bool SmtpStartTls { get; set; }
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }

    /// <summary>The public address links in mails point to, e.g. https://claims.example.com.</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            yield return new ValidationResult("must be an absolute http(s) address: the base of the links in mails.", [nameof(PublicBaseUrl)]);
        }

        if (Delivery == MailDelivery.Smtp && string.IsNullOrWhiteSpace(SmtpHost))
        {
            yield return new ValidationResult("is missing: Mail:Delivery is Smtp.", [nameof(SmtpHost)]);
        }

        if (Delivery == MailDelivery.Pickup && string.IsNullOrWhiteSpace(PickupFolder))
        {
            yield return new ValidationResult("is missing: Mail:Delivery is Pickup.", [nameof(PickupFolder)]);
        }
    }
}
