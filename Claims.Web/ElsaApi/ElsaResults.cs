using System.Text.Json.Nodes;
using Claims.Workflows.Definitions;

namespace Claims.Web.ElsaApi;

/// <summary>Responses in Studio's JSON dialect, and validation errors as the problem details it shows in a snackbar.</summary>
public static class ElsaResults
{
    public static IResult Json(object value, int status = StatusCodes.Status200OK) =>
        TypedResults.Json(value, WorkflowJson.Options, statusCode: status);

    public static JsonObject ItemsAndCount(IEnumerable<JsonNode?> items)
    {
        var array = new JsonArray([.. items]);
        return new JsonObject { ["items"] = array, ["count"] = array.Count };
    }

    /// <summary>400 <c>application/problem+json</c>; each key names the node (its id) or "workflow", each message names it too.</summary>
    public static IResult Invalid(IEnumerable<ValidationError> errors, string title = "The workflow cannot be published.") =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => e.ActivityId ?? "workflow").ToDictionary(g => g.Key, g => g.Select(e => e.ToString()).ToArray()),
            title: title);

    public static IResult Invalid(string field, string message, string title = "The workflow cannot be saved.") =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: title);
}
