using System.Security.Cryptography;
using System.Text;
using Claims.Domain.Renewals;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Mail;

namespace Claims.Web.Features.Portal;

/// <summary>
/// Signs and checks the policyholder's status links (the renewal token format: id, expiry, HMAC) with a key derived from
/// Auth:SigningKey for this purpose only, as survey links are; the same key hashes the one-time codes.
/// </summary>
public sealed class PortalLinks(AuthOptions auth, MailOptions mail, PortalOptions options, TimeProvider time)
{
    private readonly byte[] _linkKey = HMACSHA256.HashData(Encoding.UTF8.GetBytes(auth.SigningKey), "claims.portal.links.v1"u8);

    public byte[] CodeKey { get; } = HMACSHA256.HashData(Encoding.UTF8.GetBytes(auth.SigningKey), "claims.portal.codes.v1"u8);

    public string Token(Guid claimId) => RenewalToken.Create(claimId, time.GetUtcNow() + options.LinkValidFor, _linkKey);

    public string StatusPath(Guid claimId) => $"/claim-online/status/{Token(claimId)}";

    public string StatusUrl(Guid claimId) => mail.PublicBaseUrl.TrimEnd('/') + StatusPath(claimId);

    /// <summary>The claim a valid, unexpired token names; null for a forged, tampered or expired one (all refused alike).</summary>
    public Guid? Verify(string? token) => RenewalToken.Verify(token, time.GetUtcNow(), _linkKey) is (TokenCheck.Valid, var id) ? id : null;
}
