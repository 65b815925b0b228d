using System.Security.Claims;

namespace Claims.Web.Infrastructure.Auth;

public static class UserExtensions
{
    public static string UserName(this ClaimsPrincipal user) => user.FindFirstValue("name") ?? "";

    public static IReadOnlyList<string> RoleNames(this ClaimsPrincipal user) =>
        user.FindAll("role").Select(c => c.Value).ToList();
}
