using Claims.Domain.Common;

namespace Claims.Web.Infrastructure.Auth;

/// <summary>Named role sets; endpoints pick one, nothing is open unless it says so.</summary>
public static class Policies
{
    public const string Staff = nameof(Staff);
    public const string Adjusters = nameof(Adjusters);
    public const string Admins = nameof(Admins);
    public const string WorkflowMonitors = nameof(WorkflowMonitors);
    /// <summary>Those who build and check estimates: parts prices and labour standards.</summary>
    public const string Estimators = nameof(Estimators);
    /// <summary>Who may take a first notice of loss.</summary>
    public const string ClaimIntake = nameof(ClaimIntake);
    /// <summary>Who may read claims: the claims staff, managers and admins.</summary>
    public const string ClaimViewers = nameof(ClaimViewers);

    public static void Add(Microsoft.AspNetCore.Authorization.AuthorizationOptions options)
    {
        options.AddPolicy(Staff, p => p.RequireRole(Roles.All));
        options.AddPolicy(Adjusters, p => p.RequireRole(Roles.LossAdjuster, Roles.SeniorAdjuster));
        options.AddPolicy(Admins, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(WorkflowMonitors, p => p.RequireRole(Roles.Admin, Roles.Manager, Roles.Underwriter, Roles.SeniorUnderwriter));
        options.AddPolicy(ClaimIntake, p => p.RequireRole(Roles.LossAdjuster, Roles.SeniorAdjuster, Roles.Admin));
        options.AddPolicy(ClaimViewers, p => p.RequireRole(
            Roles.LossAdjuster, Roles.SeniorAdjuster, Roles.PriceChecker, Roles.Reinspector, Roles.Manager, Roles.Admin));
        options.AddPolicy(Estimators, p => p.RequireRole(Roles.LossAdjuster, Roles.SeniorAdjuster, Roles.PriceChecker, Roles.Reinspector));
    }
}
