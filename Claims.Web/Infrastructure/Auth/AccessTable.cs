using System.Text;
using Claims.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Claims.Web.Infrastructure.Auth;

/// <summary>One row of the access table: who may call a route (a policy of <see cref="Policies"/>, or anonymous) and the rule on the record it opens.</summary>
/// <param name="Methods">Space-separated HTTP methods; for Razor pages GET covers HEAD and POST covers the page's form posts.</param>
/// <param name="Route">The route template without constraints, e.g. <c>/api/claims/{id}</c>.</param>
/// <param name="Policy">A policy name from <see cref="Policies"/>, or <see cref="AccessTable.Anonymous"/>.</param>
/// <param name="ObjectRule">The per-record rule the handler checks after the roles, in words; null when any record is open to the roles.</param>
/// <param name="RefusalHeader">A header the refusal carries for a client that reads it (Studio's Run reads x-elsa-workflow-cannot-start).</param>
public sealed record AccessRule(string Methods, string Route, string Policy, string? ObjectRule = null, (string Name, string Value)? RefusalHeader = null)
{
    public bool IsAnonymous => Policy == AccessTable.Anonymous;

    public IEnumerable<string> MethodList => Methods.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>
/// The one access table: every route the app maps, the roles it serves and its object rule. <see cref="AccessTableMiddleware"/>
/// enforces the roles on every request; handlers enforce the object rules; the README's "Access" section is <see cref="ToMarkdown"/>.
/// </summary>
public static class AccessTable
{
    public const string Anonymous = nameof(Anonymous);

    private const string OwnProposal = "agents: their own proposals only (others 404)";
    private const string OwnCustomer = "agents: customers holding a policy of their own agent record only (others 404)";
    private const string OwnPolicy = "agents: policies of their own agent record only (others 404)";
    private const string SurveyingAdjuster = "the adjuster holding the claim's open survey task (others 403, closed survey 409)";
    private const string TaskOwner = "the task's role or assigned user, or who completed it (others 404)";
    private const string OwnScorecard = "loss adjusters: their own audits and scorecard only (others 403)";
    private const string WithLink = "a valid signed link (forged, expired or used: refused)";

    public static readonly IReadOnlyList<AccessRule> Rows =
    [
        // Anonymous: sign-in, signed links, the API description, health.
        new("POST", "/api/auth/token", Anonymous),
        new("GET POST", "/Account/Login", Anonymous),
        new("GET POST", "/Account/AccessDenied", Anonymous),
        new("GET POST", "/survey/{token}", Anonymous, WithLink),
        new("GET POST", "/renew/{token}", Anonymous, WithLink),
        new("GET POST", "/claim-online", Anonymous, "rate-limited per address; a one-time code sent to the policy's contacts opens the notice"),
        new("GET POST", "/claim-online/status/{token}", Anonymous, WithLink + ", rate-limited"),
        new("POST", "/claim-online/status/{token}/photos", Anonymous, WithLink + ", rate-limited; open claims only (closed 409)"),
        new("GET", "/claim-online/status/{token}/photos/{attachmentId}", Anonymous, WithLink + ", rate-limited; the link's own claim only, every view recorded"),
        new("GET", "/openapi/{documentName}.json", Anonymous),
        new("GET", "/api-docs/{documentName?}", Anonymous),
        new("GET", "/api-docs/scalar.js", Anonymous),
        new("GET", "/api-docs/scalar.aspnetcore.js", Anonymous),
        new("GET", "/api-docs/favicon.svg", Anonymous),
        new("GET", "/health", Anonymous),

        // Every staff role.
        new("GET POST", "/Account/Logout", Policies.Staff),
        new("GET POST", "/", Policies.Staff),
        new("GET", "/api/tasks", Policies.Staff, "the caller's own tasks (user or role)"),
        new("POST", "/api/tasks/{id}/complete", Policies.Staff, "the task's role or assigned user (others 403)"),
        new("GET POST", "/Tasks/{id}", Policies.Staff, TaskOwner),
        new("GET", "/api/customers/{id}/timeline", Policies.Staff, OwnCustomer),
        new("GET POST", "/Customers/{id}", Policies.Staff, OwnCustomer),
        new("GET POST", "/dev/mailbox/{file?}", Policies.Staff, "Development only (elsewhere 404)"),

        // Workflows: start, monitor, retry, messages.
        new("POST", "/api/workflows/{definitionId}/instances", Policies.Admins),
        new("GET", "/api/workflow-instances/{id}", Policies.WorkflowMonitors),
        new("POST", "/api/workflow-instances/{id}/retry", Policies.Admins),
        new("POST", "/api/workflow-messages", Policies.Admins),

        // Reference data.
        new("POST", "/api/reference-data/parts-catalogue", Policies.Admins),
        new("POST", "/api/reference-data/labour-standards", Policies.Admins),
        new("POST", "/api/reference-data/hourly-rates", Policies.Admins),
        new("GET POST", "/ReferenceData/Import", Policies.Admins),
        new("GET", "/api/parts", Policies.Estimators),
        new("GET", "/api/labour-standards", Policies.Estimators),

        // Proposals and policies.
        new("GET POST", "/Proposals/New", Policies.Agents),
        new("POST", "/api/proposals/quote", Policies.Agents),
        new("POST", "/api/proposals", Policies.Agents),
        new("GET", "/api/proposals/{id}", Policies.PolicyReaders, OwnProposal),
        new("GET POST", "/Proposals/{id}", Policies.PolicyReaders, OwnProposal),
        new("GET POST", "/Proposals/{id}/Disclosure", Policies.Agents, OwnProposal),
        new("GET", "/api/policies/{id}", Policies.PolicyReaders, OwnPolicy),
        new("GET POST", "/Policies/{id}", Policies.PolicyReaders, OwnPolicy),
        new("GET POST", "/Underwriting", Policies.Underwriters),
        new("GET POST", "/Underwriting/Review/{id}", Policies.Underwriters, "deciding: the review task's level or user (others see it read-only)"),

        // Controlled documents.
        new("POST", "/api/documents/ranges", Policies.Admins),
        new("POST", "/api/documents/register", Policies.Admins),
        new("GET", "/api/documents/reconciliation/{holder}", Policies.Admins),
        new("GET POST", "/Documents", Policies.Admins),
        new("GET POST", "/Documents/Reconciliation", Policies.Admins),

        // Claims.
        new("POST", "/api/claims", Policies.ClaimIntake),
        new("GET POST", "/Claims/Notice", Policies.ClaimIntake),
        new("GET POST", "/Claims", Policies.ClaimViewers),
        new("GET", "/api/claims/{id}", Policies.ClaimViewers),
        new("GET POST", "/Claims/{id}", Policies.ClaimViewers),
        new("PUT", "/api/claims/{id}/estimate", Policies.Adjusters, SurveyingAdjuster),
        new("POST", "/api/claims/{id}/estimate/preview", Policies.Adjusters, SurveyingAdjuster),
        new("POST", "/api/claims/{id}/estimate/submit", Policies.Adjusters, SurveyingAdjuster),
        new("PUT", "/api/claims/{id}/findings", Policies.Adjusters, SurveyingAdjuster),
        new("GET POST", "/Claims/{id}/Estimate", Policies.Adjusters, "the claim's assigned adjuster or the holder of its survey task (others 404)"),
        new("GET POST", "/Claims/{id}/Review", Policies.ClaimReviewers, "deciding: the review task's role or user (others see it read-only)"),
        new("GET POST", "/Approvals", Policies.ClaimReviewers, "lists and decides only the reserve approvals in the user's work queue"),
        new("POST", "/api/claims/{id}/attachments", Policies.ClaimIntake, "open claims only (closed 409)"),
        new("GET", "/api/claims/{id}/attachments", Policies.ClaimViewers),
        new("GET", "/api/claims/{id}/attachments/{attachmentId}", Policies.ClaimViewers, "every download recorded"),
        new("GET", "/api/claims/{id}/attachments/{attachmentId}/thumbnail", Policies.ClaimViewers, "every view recorded"),

        // Claim money: reserves, payees, payments, the bank export.
        new("GET", "/api/claims/{id}/financials", Policies.ClaimViewers),
        new("GET POST", "/Claims/{id}/Financials", Policies.ClaimViewers, "paying, adding payees and setting reserves: adjusters only (others 403)"),
        new("POST", "/api/claims/{id}/reserves", Policies.Adjusters),
        new("POST", "/api/claims/{id}/payees", Policies.Adjusters),
        new("POST", "/api/claims/{id}/payments", Policies.Adjusters),
        new("POST", "/api/payments/{id}/void", Policies.Adjusters),
        new("POST", "/api/payment-exports", Policies.Admins),
        new("GET", "/api/payment-exports/{id}", Policies.Admins),
        new("GET POST", "/Payments/Exports", Policies.Admins),

        // Total loss and recoveries: subrogation asked before approval; salvage sales and subrogation demands, receipts, write-offs.
        new("POST", "/api/claims/{id}/subrogation", Policies.Adjusters, "before the settlement is approved (after: 409)"),
        new("POST", "/api/claims/{id}/recoveries", Policies.Adjusters, "salvage: total losses only; subrogation: once the share is paid (before: 409)"),
        new("POST", "/api/recoveries/{id}/receipts", Policies.Adjusters),
        new("POST", "/api/recoveries/{id}/write-off", Policies.Adjusters),

        // Special investigation and the repair-shop network.
        new("GET POST", "/Claims/{id}/Investigation", Policies.Investigators, "deciding: the holder of the claim's open investigation task (others see it read-only)"),
        new("GET", "/api/kpis/investigations", Policies.Managers),
        new("GET", "/api/repair-shops", Policies.Staff),
        new("GET", "/api/repair-shops/{id}", Policies.Staff),
        new("POST", "/api/repair-shops", Policies.Admins),
        new("PUT DELETE", "/api/repair-shops/{id}", Policies.Admins),
        new("GET POST", "/Admin/RepairShops", Policies.Admins),
        new("POST", "/api/claims/{id}/repair-shop", Policies.Adjusters, "open claims before the estimate is submitted (later 409); a shop of the claim's region"),

        // Re-inspection and scorecards.
        new("GET", "/api/reinspections/{id}", Policies.ReinspectionReaders, OwnScorecard),
        new("PUT", "/api/reinspections/{id}/re-estimate", Policies.ReinspectionAuditors),
        new("GET", "/api/scorecards/adjusters/{id}", Policies.ReinspectionReaders, OwnScorecard),
        new("GET", "/api/scorecards/shops/{name}", Policies.ReinspectionAuditors),
        new("GET POST", "/Reinspections", Policies.ReinspectionReaders, OwnScorecard),
        new("GET POST", "/Reinspections/{id}", Policies.ReinspectionReaders, OwnScorecard),
        new("GET POST", "/Reinspections/{id}/Feedback", Policies.ReinspectionReaders, OwnScorecard),
        new("GET POST", "/Reinspections/{id}/ReEstimate", Policies.ReinspectionAuditors),
        new("GET POST", "/Scorecards", Policies.ReinspectionReaders, OwnScorecard),
        new("GET POST", "/Scorecards/{kind}/{name}", Policies.ReinspectionReaders, OwnScorecard),

        // Management and administration.
        new("GET", "/api/kpis/agents", Policies.Managers),
        new("GET", "/api/kpis/claim-money", Policies.Managers),
        new("GET POST", "/Dashboard", Policies.Managers),
        new("POST", "/api/surveys", Policies.Admins),
        new("GET POST", "/Admin/ErrorQueues", Policies.Admins),
        new("GET POST", "/Admin/Alterations", Policies.Admins),
        new("GET POST", "/Admin/Rehearsal", Policies.Admins, "outside Production only (Production 404)"),

        // The designer: every staff role reads definitions; designers change them; monitors see instances.
        new("GET POST", "/studio", Policies.WorkflowViewers),
        new("GET POST", "/studio/workflows/{definitionId}", Policies.WorkflowViewers),
        new("GET POST", "/studio/instances", Policies.WorkflowMonitors),
        new("GET POST", "/studio/instances/{instanceId}", Policies.WorkflowMonitors),
        new("GET", "/elsa/api/workflow-definitions", Policies.WorkflowViewers),
        new("GET", "/elsa/api/workflow-definitions/validation/is-name-unique", Policies.WorkflowViewers),
        new("GET", "/elsa/api/workflow-definitions/by-definition-id/{definitionId}", Policies.WorkflowViewers),
        new("GET", "/elsa/api/workflow-definitions/by-id/{id}", Policies.WorkflowViewers),
        new("GET", "/elsa/api/workflow-definitions/{definitionId}/export", Policies.WorkflowViewers),
        new("POST", "/elsa/api/workflow-definitions", Policies.WorkflowDesigners),
        new("POST", "/elsa/api/workflow-definitions/{definitionId}/publish", Policies.WorkflowDesigners),
        new("POST", "/elsa/api/workflow-definitions/{definitionId}/retract", Policies.WorkflowDesigners),
        new("DELETE", "/elsa/api/workflow-definitions/{definitionId}", Policies.WorkflowDesigners),
        new("DELETE", "/elsa/api/workflow-definition-versions/{id}", Policies.WorkflowDesigners),
        new("POST", "/elsa/api/workflow-definitions/{definitionId}/revert/{version}", Policies.WorkflowDesigners),
        new("POST", "/elsa/api/workflow-definitions/import", Policies.WorkflowDesigners),
        new("POST", "/elsa/api/workflow-definitions/{definitionId}/execute", Policies.WorkflowDesigners,
            "others 403 with x-elsa-workflow-cannot-start, which Studio shows", ("x-elsa-workflow-cannot-start", "true")),
        new("POST", "/elsa/api/bulk-actions/export/workflow-definitions", Policies.WorkflowViewers),
        new("POST", "/elsa/api/bulk-actions/publish/workflow-definitions/by-definition-ids", Policies.WorkflowDesigners),
        new("POST", "/elsa/api/bulk-actions/retract/workflow-definitions/by-definition-ids", Policies.WorkflowDesigners),
        new("POST", "/elsa/api/bulk-actions/delete/workflow-definitions/by-definition-id", Policies.WorkflowDesigners),
        new("POST", "/elsa/api/bulk-actions/delete/workflow-definitions/by-id", Policies.WorkflowDesigners),
        new("GET", "/elsa/api/descriptors/activities", Policies.WorkflowViewers),
        new("GET", "/elsa/api/descriptors/expression-descriptors", Policies.WorkflowViewers),
        new("GET", "/elsa/api/descriptors/variables", Policies.WorkflowViewers),
        new("GET", "/elsa/api/descriptors/storage-drivers", Policies.WorkflowViewers),
        new("GET", "/elsa/api/descriptors/workflow-activation-strategies", Policies.WorkflowViewers),
        new("GET", "/elsa/api/descriptors/incident-strategies", Policies.WorkflowViewers),
        new("GET", "/elsa/api/descriptors/log-persistence-strategies", Policies.WorkflowViewers),
        new("GET", "/elsa/api/descriptors/commit-strategies/workflows", Policies.WorkflowViewers),
        new("GET", "/elsa/api/descriptors/commit-strategies/activities", Policies.WorkflowViewers),
        new("GET", "/elsa/api/features/installed", Policies.WorkflowViewers),
        new("GET", "/elsa/api/descriptors/output-converters", Policies.WorkflowViewers),
        new("POST", "/elsa/api/scripting/javascript/type-definitions/{definitionId}", Policies.WorkflowViewers),
        new("POST", "/elsa/api/workflow-instances", Policies.WorkflowMonitors),
        new("GET", "/elsa/api/workflow-instances/{id}", Policies.WorkflowMonitors),
        new("POST", "/elsa/api/alterations/dry-run", Policies.WorkflowMonitors),
        new("POST", "/elsa/api/alterations/submit", Policies.Admins),
        new("GET", "/elsa/api/alterations/{id}", Policies.WorkflowMonitors),
        new("GET", "/elsa/api/workflow-instances/{id}/execution-state", Policies.WorkflowMonitors),
        new("GET", "/elsa/api/workflow-instances/{id}/variables", Policies.WorkflowMonitors),
        new("POST", "/elsa/api/workflow-instances/{id}/journal", Policies.WorkflowMonitors),
        new("POST", "/elsa/api/activity-executions/report", Policies.WorkflowMonitors),
        new("GET", "/elsa/api/activity-executions/list", Policies.WorkflowMonitors),
        new("GET", "/elsa/api/activity-execution-summaries/list", Policies.WorkflowMonitors),
        new("GET", "/elsa/api/activity-executions/by-id", Policies.WorkflowMonitors),
        new("GET", "/elsa/api/activity-executions/{id}/call-stack", Policies.WorkflowMonitors),
        new("GET", "/elsa/api/workflow-instances/{id}/export", Policies.WorkflowMonitors),
        new("POST", "/elsa/api/cancel/workflow-instances/{id}", Policies.WorkflowDesigners),
        new("DELETE", "/elsa/api/workflow-instances/{id}", Policies.WorkflowDesigners),
        new("POST", "/elsa/api/bulk-actions/cancel/workflow-instances", Policies.WorkflowDesigners),
        new("POST", "/elsa/api/bulk-actions/delete/workflow-instances/by-id", Policies.WorkflowDesigners),
        new("POST", "/elsa/api/bulk-actions/export/workflow-instances", Policies.WorkflowDesigners),
    ];

    private static readonly Dictionary<(string Method, string Route), AccessRule> ByKey =
        Rows.SelectMany(r => r.MethodList.Select(m => (Key: (m, r.Route.ToUpperInvariant()), Row: r))).ToDictionary(x => x.Key, x => x.Row);

    private static readonly AuthorizationOptions PolicyOptions = BuildPolicyOptions();

    /// <summary>The row for a request method on a normalised route, or null when the table has none.</summary>
    public static AccessRule? Find(string method, string route, bool isPage)
    {
        var key = isPage ? (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) ? "GET" : "POST") : (HttpMethods.IsHead(method) ? "GET" : method.ToUpperInvariant());
        return ByKey.GetValueOrDefault((key, route.ToUpperInvariant()));
    }

    /// <summary>The roles a row admits (empty for anonymous rows), read from the policy definitions themselves.</summary>
    public static IReadOnlyList<string> RolesOf(AccessRule row)
    {
        if (row.IsAnonymous)
        {
            return [];
        }

        var policy = PolicyOptions.GetPolicy(row.Policy) ?? throw new InvalidOperationException($"Access row {row.Route} names unknown policy {row.Policy}.");
        return [.. policy.Requirements.OfType<RolesAuthorizationRequirement>().Single().AllowedRoles];
    }

    /// <summary>A route pattern as the table writes it: leading slash, no constraints or defaults, Razor "Index" pages at their folder.</summary>
    public static string Normalize(RoutePattern pattern)
    {
        var text = "/" + string.Join('/', pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(Part))));
        if (text.EndsWith("/Index", StringComparison.Ordinal))
        {
            text = text[..^"/Index".Length];
        }

        return text.Length == 0 ? "/" : text;
    }

    private static string Part(RoutePatternPart part) => part switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternSeparatorPart separator => separator.Content,
        RoutePatternParameterPart parameter => "{" + (parameter.IsCatchAll ? "*" : "") + parameter.Name + (parameter.IsOptional ? "?" : "") + "}",
        _ => "",
    };

    /// <summary>The table as the README shows it.</summary>
    public static string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| method | route | roles | object rule |");
        text.AppendLine("|---|---|---|---|");
        foreach (var row in Rows)
        {
            var roles = row.IsAnonymous ? "anyone" : RolesOf(row).SequenceEqual(Roles.All) ? "all staff" : string.Join(", ", RolesOf(row));
            text.AppendLine($"| {row.Methods.Replace(" ", ", ", StringComparison.Ordinal)} | `{row.Route}` | {roles} | {row.ObjectRule?.Replace("|", "\\|", StringComparison.Ordinal) ?? "—"} |");
        }

        return text.ToString();
    }

    private static AuthorizationOptions BuildPolicyOptions()
    {
        var options = new AuthorizationOptions();
        Policies.Add(options);
        return options;
    }
}
