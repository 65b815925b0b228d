namespace Claims.Web.Infrastructure.Auth;

/// <summary>A member of staff who signs in; the password is stored only as a hash.</summary>
public sealed class AppUser
{
    private AppUser() { }

    public Guid Id { get; private set; }
    public string UserName { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    public string PasswordHash { get; private set; } = "";
    /// <summary>Comma-separated role names.</summary>
    public string Roles { get; private set; } = "";
    public string? RegionCode { get; private set; }
    /// <summary>Authority level for underwriters and adjusters (1 = lowest).</summary>
    public int AuthorityLevel { get; private set; }
    /// <summary>Wrong passwords since the last sign-in or lockout; counted in the database so every node sees them.</summary>
    public int FailedSignIns { get; private set; }
    public DateTimeOffset? LockedUntil { get; private set; }

    public IReadOnlyList<string> RoleList => Roles.Length == 0 ? [] : Roles.Split(',');

    public static AppUser Create(string userName, string displayName, IEnumerable<string> roles, string? regionCode = null, int authorityLevel = 0) => new()
    {
        Id = Guid.NewGuid(),
        UserName = userName,
        DisplayName = displayName,
        Roles = string.Join(',', roles),
        RegionCode = regionCode,
        AuthorityLevel = authorityLevel,
    };

    public void SetPasswordHash(string hash) => PasswordHash = hash;
}
