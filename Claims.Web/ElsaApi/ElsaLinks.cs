using System.Security.Claims;
using System.Text.Json.Nodes;
using Claims.Web.Infrastructure.Auth;

namespace Claims.Web.ElsaApi;

/// <summary>
/// Studio's HATEOAS rule: a definition without a <c>publish</c> link, or a list without <c>bulk-publish</c>, opens
/// read-only. Links are therefore given to designers only.
/// </summary>
public static class ElsaLinks
{
    public static bool CanDesign(this ClaimsPrincipal user) => user.RoleNames().Any(Policies.DesignerRoles.Contains);

    public static JsonArray ForDefinition(ClaimsPrincipal user, string definitionId) => user.CanDesign()
        ? [
            Link($"/workflow-definitions/by-definition-id/{definitionId}", "self", "GET"),
            Link($"/workflow-definitions/{definitionId}/publish", "publish", "POST"),
            Link($"/workflow-definitions/{definitionId}/retract", "retract", "POST"),
            Link($"/workflow-definitions/{definitionId}", "delete", "DELETE"),
        ]
        : [];

    public static JsonArray ForList(ClaimsPrincipal user) => user.CanDesign()
        ? [
            Link("/bulk-actions/publish/workflow-definitions/by-definition-ids", "bulk-publish", "POST"),
            Link("/bulk-actions/delete/workflow-definitions/by-definition-id", "bulk-delete", "POST"),
        ]
        : [];

    private static JsonObject Link(string href, string rel, string method) => new() { ["href"] = href, ["rel"] = rel, ["method"] = method };
}
