using System.Text.Json;
using System.Text.Json.Serialization;

namespace Claims.Workflows.Definitions;

/// <summary>JSON settings of Elsa Studio: camelCase, case-sensitive on read, enums as strings.</summary>
public static class WorkflowJson
{
    public static readonly JsonSerializerOptions Options = Create(writeIndented: false);

    public static readonly JsonSerializerOptions Indented = Create(writeIndented: true);

    private static JsonSerializerOptions Create(bool writeIndented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = null,
            PropertyNameCaseInsensitive = false,
            WriteIndented = writeIndented,
            Converters = { new JsonStringEnumConverter() },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
