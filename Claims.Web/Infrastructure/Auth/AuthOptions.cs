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
}
