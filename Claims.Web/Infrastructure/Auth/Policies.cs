using Claims.Domain.Common;

namespace Claims.Web.Infrastructure.Auth;

/// <summary>Named role sets; endpoints pick one, nothing is open unless it says so.</summary>
public static class Policies
{
    public const string Staff = nameof(Staff);
    public const string Adjusters = nameof(Adjusters);
    public const string Admins = nameof(Admins);
    /// <summary>The business's dashboards and KPIs.</summary>
    public const string Managers = nameof(Managers);
    public const string WorkflowMonitors = nameof(WorkflowMonitors);
    /// <summary>Those who build and check estimates: parts prices and labour standards.</summary>
    public const string Estimators = nameof(Estimators);
    /// <summary>Edit and publish workflows in the designer.</summary>
    public const string WorkflowDesigners = nameof(WorkflowDesigners);
    /// <summary>Open the designer read-only: every staff role.</summary>
    public const string WorkflowViewers = nameof(WorkflowViewers);

    public static readonly IReadOnlyList<string> DesignerRoles = [Roles.Underwriter, Roles.SeniorUnderwriter];
    public static readonly IReadOnlyList<string> MonitorRoles = [Roles.Admin, Roles.Manager, Roles.Underwriter, Roles.SeniorUnderwriter];

    public const string Agents = nameof(Agents);
    public const string Underwriters = nameof(Underwriters);
    /// <summary>Those who may read proposals and policies: agents, underwriters, managers, admins.</summary>
    public const string PolicyReaders = nameof(PolicyReaders);
    /// <summary>Who may take a first notice of loss.</summary>
    public const string ClaimIntake = nameof(ClaimIntake);
    /// <summary>Who may read claims: the claims staff, managers and admins.</summary>
    public const string ClaimViewers = nameof(ClaimViewers);
    /// <summary>Price verification and settlement approval: price checkers and senior adjusters.</summary>
    public const string ClaimReviewers = nameof(ClaimReviewers);

    /// <summary>Re-inspection audits and scorecards: auditors, seniors, managers, admins, and adjusters (their own only, checked per request).</summary>
    public const string ReinspectionReaders = nameof(ReinspectionReaders);
    /// <summary>Everything about audits and shop scorecards: re-inspectors, senior adjusters, managers, admins.</summary>
    public const string ReinspectionAuditors = nameof(ReinspectionAuditors);
    /// <summary>Special investigation: investigators decide the claims the fraud score referred.</summary>
    public const string Investigators = nameof(Investigators);

    public static void Add(Microsoft.AspNetCore.Authorization.AuthorizationOptions options)
    {
        options.AddPolicy(Staff, p => p.RequireRole(Roles.All));
        options.AddPolicy(Adjusters, p => p.RequireRole(Roles.LossAdjuster, Roles.SeniorAdjuster));
        options.AddPolicy(Admins, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(Managers, p => p.RequireRole(Roles.Manager, Roles.Admin));
        options.AddPolicy(WorkflowMonitors, p => p.RequireRole(MonitorRoles));
        options.AddPolicy(Agents, p => p.RequireRole(Roles.Agent));
        options.AddPolicy(Underwriters, p => p.RequireRole(Roles.Underwriter, Roles.SeniorUnderwriter, Roles.HeadOfficeUnderwriter));
        options.AddPolicy(PolicyReaders, p => p.RequireRole(
            Roles.Agent, Roles.Underwriter, Roles.SeniorUnderwriter, Roles.HeadOfficeUnderwriter, Roles.Manager, Roles.Admin));
        options.AddPolicy(ClaimIntake, p => p.RequireRole(Roles.LossAdjuster, Roles.SeniorAdjuster, Roles.Admin));
        options.AddPolicy(ClaimViewers, p => p.RequireRole(
            Roles.LossAdjuster, Roles.SeniorAdjuster, Roles.PriceChecker, Roles.Reinspector, Roles.Manager, Roles.Admin, Roles.Investigator));
        options.AddPolicy(ClaimReviewers, p => p.RequireRole(Roles.PriceChecker, Roles.SeniorAdjuster));
        options.AddPolicy(Estimators, p => p.RequireRole(Roles.LossAdjuster, Roles.SeniorAdjuster, Roles.PriceChecker, Roles.Reinspector));
        options.AddPolicy(WorkflowDesigners, p => p.RequireRole(DesignerRoles));
        options.AddPolicy(ReinspectionReaders, p => p.RequireRole(Roles.Reinspector, Roles.SeniorAdjuster, Roles.Manager, Roles.Admin, Roles.LossAdjuster));
        options.AddPolicy(ReinspectionAuditors, p => p.RequireRole(Roles.Reinspector, Roles.SeniorAdjuster, Roles.Manager, Roles.Admin));
        options.AddPolicy(WorkflowViewers, p => p.RequireRole(Roles.All));
        options.AddPolicy(Investigators, p => p.RequireRole(Roles.Investigator));
    }
}
