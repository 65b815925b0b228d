using System.ComponentModel.DataAnnotations;

namespace Claims.Web.Infrastructure.Sms;

/// <summary>Bound from <c>Sms</c>. The default writes each text message to a pickup folder, as mail does; a gateway replaces <see cref="ISmsSender"/>.</summary>
public sealed class SmsOptions
{
    public const string Section = "Sms";

    [Required(AllowEmptyStrings = false, ErrorMessage = "is missing: the folder text messages are written to.")]
    public string PickupFolder { get; set; } = "App_Data/sms";

    /// <summary>The sender name a text shows.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "is missing: the sender name text messages show.")]
    [MaxLength(11, ErrorMessage = "is at most 11 characters (an alphanumeric sender id).")]
    public string From { get; set; } = "Claims";
}
