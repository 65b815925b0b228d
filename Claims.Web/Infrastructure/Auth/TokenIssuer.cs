using System.IdentityModel.Tokens.Jwt;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Claims.Web.Infrastructure.Auth;

public sealed class TokenIssuer(AuthOptions options, TimeProvider time)
{
    public (string Token, DateTimeOffset ExpiresAt) Issue(AppUser user)
    {
        var now = time.GetUtcNow();
        var expires = now.AddMinutes(options.TokenLifetimeMinutes);
        var credentials = new SigningCredentials(
            new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.SigningKey)), SecurityAlgorithms.HmacSha256);
        var token = new JwtSecurityToken(
            options.Issuer, options.Audience, UserSignIn.ClaimsOf(user), now.UtcDateTime, expires.UtcDateTime, credentials);
        return (new JwtSecurityTokenHandler().WriteToken(token), expires);
    }
}
