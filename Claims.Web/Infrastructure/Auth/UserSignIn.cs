using System.Security.Claims;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Infrastructure.Auth;

/// <summary>The answer to a sign-in: the user, or why not and (when throttled) how long to wait.</summary>
public sealed record SignInResult(AppUser? User, SignInFailureReason? Refusal, TimeSpan RetryAfter)
{
    public bool Throttled => Refusal is SignInFailureReason.LockedOut or SignInFailureReason.AddressLimited;

    /// <summary>What the form and the API tell the person: the same for an unknown user and a wrong password.</summary>
    public string Message => Refusal switch
    {
        SignInFailureReason.LockedOut => $"Too many failed sign-ins for this user. Try again in {Minutes} minute(s).",
        SignInFailureReason.AddressLimited => $"Too many failed sign-ins from your address. Try again in {Minutes} minute(s).",
        _ => "Unknown user name or wrong password.",
    };

    private int Minutes => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalMinutes));
}

/// <summary>Checks a user name and password against the stored hash, throttled per user (database lockout) and per address.</summary>
public sealed class UserSignIn(ClaimsDbContext db, IPasswordHasher<AppUser> hasher, SignInThrottle throttle, AuthOptions options, TimeProvider time)
{
    public const string SessionClaim = "sid";

    public async Task<SignInResult> SignInAsync(string userName, string password, string? address, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var client = address ?? "unknown";
        if (throttle.Refusal(client) is { } wait)
        {
            return await RefuseAsync(userName, client, now, SignInFailureReason.AddressLimited, wait, ct);
        }

        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == userName, ct);
        if (user?.LockedUntil > now)
        {
            return await RefuseAsync(userName, client, now, SignInFailureReason.LockedOut, user.LockedUntil.Value - now, ct);
        }

        if (user is null)
        {
            // Hash anyway so a missing user costs the same time as a wrong password.
            hasher.HashPassword(AppUser.Create("-", "-", []), password);
            throttle.Failed(client);
            return await RefuseAsync(userName, client, now, SignInFailureReason.UnknownUser, TimeSpan.Zero, ct);
        }

        var verified = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (verified == PasswordVerificationResult.Failed)
        {
            throttle.Failed(client);
            return await CountFailureAsync(user.Id, userName, client, now, ct);
        }

        if (verified == PasswordVerificationResult.SuccessRehashNeeded || user.FailedSignIns > 0 || user.LockedUntil is not null)
        {
            var hash = verified == PasswordVerificationResult.SuccessRehashNeeded ? hasher.HashPassword(user, password) : user.PasswordHash;
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u
                .SetProperty(x => x.PasswordHash, hash)
                .SetProperty(x => x.FailedSignIns, 0)
                .SetProperty(x => x.LockedUntil, (DateTimeOffset?)null), ct);
        }

        return new SignInResult(user, null, TimeSpan.Zero);
    }

    /// <summary>Starts a server-side session for a cookie; its id goes into the cookie.</summary>
    public async Task<List<Claim>> StartSessionAsync(AppUser user, CancellationToken ct)
    {
        var session = UserSession.Start(user.Id, time.GetUtcNow());
        db.Add(session);
        await db.SaveChangesAsync(ct);
        var claims = ClaimsOf(user);
        claims.Add(new Claim(SessionClaim, session.Id.ToString()));
        return claims;
    }

    public Task EndSessionAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return Guid.TryParse(principal.FindFirstValue(SessionClaim), out var id)
            ? db.Set<UserSession>().Where(s => s.Id == id && s.EndedAt == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), ct)
            : Task.CompletedTask;
    }

    /// <summary>Whether the cookie's session is still open; a cookie without one (or an ended one) is refused.</summary>
    public Task<bool> IsSessionActiveAsync(ClaimsPrincipal principal, CancellationToken ct) =>
        Guid.TryParse(principal.FindFirstValue(SessionClaim), out var id)
            ? db.Set<UserSession>().AnyAsync(s => s.Id == id && s.EndedAt == null, ct)
            : Task.FromResult(false);

    private async Task<SignInResult> CountFailureAsync(Guid userId, string userName, string client, DateTimeOffset now, CancellationToken ct)
    {
        // One atomic increment, so two nodes counting at once lose no failure.
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u.SetProperty(x => x.FailedSignIns, x => x.FailedSignIns + 1), ct);
        var failed = await db.Users.Where(u => u.Id == userId).Select(u => u.FailedSignIns).SingleAsync(ct);
        if (failed >= options.LockoutThreshold)
        {
            var until = now + options.LockoutDuration;
            await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u
                .SetProperty(x => x.FailedSignIns, 0)
                .SetProperty(x => x.LockedUntil, until), ct);
        }

        return await RefuseAsync(userName, client, now, SignInFailureReason.WrongPassword, TimeSpan.Zero, ct);
    }

    private async Task<SignInResult> RefuseAsync(
        string userName, string client, DateTimeOffset now, SignInFailureReason reason, TimeSpan retryAfter, CancellationToken ct)
    {
        db.Add(SignInFailure.Record(userName, client, now, reason));
        await db.SaveChangesAsync(ct);
        return new SignInResult(null, reason, retryAfter);
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
