namespace Claims.Web.Infrastructure.Auth;

/// <summary>Bound from the <c>Auth</c> section.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public string Issuer { get; set; } = "claims";
    public string Audience { get; set; } = "claims-api";

    /// <summary>HMAC-SHA256 key for bearer tokens, at least 32 bytes; every node must share it.</summary>
    public string SigningKey { get; set; } = "";

    public int TokenLifetimeMinutes { get; set; } = 60;

    /// <summary>Wrong passwords in a row that lock a user out, on every node.</summary>
    public int LockoutThreshold { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Failed sign-ins one client address may make per window (any user names) before it is refused.</summary>
    public int AddressFailureLimit { get; set; } = 20;

    public TimeSpan AddressFailureWindow { get; set; } = TimeSpan.FromMinutes(5);
}
