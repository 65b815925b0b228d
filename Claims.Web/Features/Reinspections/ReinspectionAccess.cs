using System.Security.Claims;
using Claims.Domain.Common;
using Claims.Web.Infrastructure.Auth;

namespace Claims.Web.Features.Reinspections;

/// <summary>Auditors see every audit and scorecard; an adjuster only their own.</summary>
public static class ReinspectionAccess
{
    public static bool IsAuditor(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Reinspector) || user.IsInRole(Roles.SeniorAdjuster) || user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Admin);

    public static bool MaySee(ClaimsPrincipal user, string? adjuster) =>
        IsAuditor(user) || (adjuster is not null && string.Equals(adjuster, user.UserName(), StringComparison.OrdinalIgnoreCase));
}
