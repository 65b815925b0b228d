using System.Security.Claims;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Infrastructure.Auth;

/// <summary>Checks a user name and password against the stored hash.</summary>
public sealed class UserSignIn(ClaimsDbContext db, IPasswordHasher<AppUser> hasher)
{
    public async Task<AppUser?> ValidateAsync(string userName, string password, CancellationToken ct)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.UserName == userName, ct);
        if (user is null)
        {
            // Hash anyway so a missing user costs the same time as a wrong password.
            hasher.HashPassword(AppUser.Create("-", "-", []), password);
            return null;
        }

        var result = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.SetPasswordHash(hasher.HashPassword(user, password));
            await db.SaveChangesAsync(ct);
        }

        return result == PasswordVerificationResult.Failed ? null : user;
    }

    public static List<Claim> ClaimsOf(AppUser user)
    {
        var claims = new List<Claim>
        {
            new("sub", user.Id.ToString()),
            new("name", user.UserName),
            new("display_name", user.DisplayName),
        };
        claims.AddRange(user.RoleList.Select(r => new Claim("role", r)));
        if (user.RegionCode is not null)
        {
            claims.Add(new Claim("region", user.RegionCode));
        }

        return claims;
    }
}
