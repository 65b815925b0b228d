using System.ComponentModel.DataAnnotations;
using System.Text;

namespace Claims.Web.Infrastructure.Auth;

/// <summary>Bound from the <c>Auth</c> section.</summary>
public sealed class AuthOptions : IValidatableObject
{
    public const string Section = "Auth";

    [Required]
    public string Issuer { get; set; } = "claims";

    [Required]
    public string Audience { get; set; } = "claims-api";

    /// <summary>HMAC-SHA256 key for bearer tokens, at least 32 bytes; every node must share it.</summary>
    public string SigningKey { get; set; } = "";

    [Range(1, 24 * 60)]
    public int TokenLifetimeMinutes { get; set; } = 60;

    /// <summary>Wrong passwords in a row that lock a user out, on every node.</summary>
    [Range(1, 1_000)]
    public int LockoutThreshold { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Failed sign-ins one client address may make per window (any user names) before it is refused.</summary>
    [Range(1, 1_000_000)]
    public int AddressFailureLimit { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan AddressFailureWindow { get; set; } = TimeSpan.FromMinutes(5);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Encoding.UTF8.GetByteCount(SigningKey) < 32)
        {
            yield return new ValidationResult("must be set to at least 32 bytes.", [nameof(SigningKey)]);
        }
    }
}
