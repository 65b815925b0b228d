using System.Text.Json.Nodes;
using Claims.Workflows.Expressions;

namespace Claims.Web.ElsaApi;

/// <summary>
/// The lists Studio loads with every editor. Most are Elsa runtime knobs our engine does not have: one neutral entry
/// (or none) keeps the panels rendering; the host page hides those fields.
/// </summary>
public static class FixedDescriptors
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/descriptors/expression-descriptors", () => ElsaResults.Json(ExpressionDescriptors()));
        api.MapGet("/descriptors/variables", () => ElsaResults.Json(VariableTypes()));
        api.MapGet("/descriptors/storage-drivers", () => ElsaResults.Json(ElsaResults.ItemsAndCount(
            [new JsonObject { ["typeName"] = "Memory", ["displayName"] = "Workflow state", ["priority"] = 0, ["deprecated"] = false }])));
        api.MapGet("/descriptors/workflow-activation-strategies", () => ElsaResults.Json(Strategies(
            ("Elsa.Workflows.Activation.Strategies.AllowAlwaysStrategy, Elsa.Workflows.Core", "Always", "New instances may always be created."))));
        api.MapGet("/descriptors/incident-strategies", () => ElsaResults.Json(Strategies(
            ("Elsa.Workflows.IncidentStrategies.FaultStrategy, Elsa.Workflows.Core", "Fault", "A failing activity faults the instance until an Admin retries it."))));
        api.MapGet("/descriptors/log-persistence-strategies", () => ElsaResults.Json(Strategies(
            ("Elsa.Workflows.LogPersistence.Strategies.Include, Elsa.Workflows.Core", "Include", "The journal records every activity."))));
        api.MapGet("/descriptors/commit-strategies/workflows", () => ElsaResults.Json(ElsaResults.ItemsAndCount([])));
        api.MapGet("/descriptors/commit-strategies/activities", () => ElsaResults.Json(ElsaResults.ItemsAndCount([])));
        api.MapGet("/features/installed", () => ElsaResults.Json(ElsaResults.ItemsAndCount([])));
        // Binding an output to a variable of another type asks for converters; our engine offers none, so Studio binds as is.
        api.MapGet("/descriptors/output-converters", () => ElsaResults.Json(ElsaResults.ItemsAndCount([])));
    }

    /// <summary>Studio drops Literal/Object/Variable/Input and needs one more syntax, or the property panel stays blank.</summary>
    public static JsonObject ExpressionDescriptors() => ElsaResults.ItemsAndCount(
    [
        Expression(ExpressionSyntax.Literal, "Literal", browsable: true, language: null),
        Expression(ExpressionSyntax.JavaScript, "JavaScript", browsable: true, language: "javascript"),
        Expression(ExpressionSyntax.Liquid, "Liquid", browsable: true, language: "liquid"),
        Expression(ExpressionSyntax.Object, "Object", browsable: false, language: "json"),
        Expression(ExpressionSyntax.Variable, "Variable", browsable: false, language: null),
    ]);

    public static JsonObject VariableTypes() => ElsaResults.ItemsAndCount(
    [
        Variable("String", "String", "Primitives"),
        Variable("Boolean", "Boolean", "Primitives"),
        Variable("Int32", "Integer", "Primitives"),
        Variable("Int64", "Long", "Primitives"),
        Variable("Decimal", "Decimal (money)", "Primitives"),
        Variable("Double", "Double", "Primitives"),
        Variable("DateTime", "Date and time", "Primitives"),
        Variable("DateTimeOffset", "Date, time and offset", "Primitives"),
        Variable("TimeSpan", "Duration", "Primitives"),
        Variable("Guid", "Guid", "Primitives"),
        Variable("StringList", "List of strings", "Lists"),
        Variable("Object", "Object (JSON)", "Dynamic"),
    ]);

    private static JsonObject Expression(string type, string displayName, bool browsable, string? language)
    {
        var properties = new JsonObject();
        if (language is not null)
        {
            properties["MonacoLanguage"] = language;
        }

        return new JsonObject
        {
            ["type"] = type,
            ["displayName"] = displayName,
            ["isSerializable"] = true,
            ["isBrowsable"] = browsable,
            ["properties"] = properties,
        };
    }

    private static JsonObject Variable(string typeName, string displayName, string category) => new()
    {
        ["typeName"] = typeName,
        ["displayName"] = displayName,
        ["category"] = category,
        ["description"] = null,
    };

    private static JsonObject Strategies(params (string TypeName, string DisplayName, string Description)[] items) =>
        ElsaResults.ItemsAndCount(items.Select(i => (JsonNode)new JsonObject
        {
            ["typeName"] = i.TypeName,
            ["displayName"] = i.DisplayName,
            ["description"] = i.Description,
        }));
}
