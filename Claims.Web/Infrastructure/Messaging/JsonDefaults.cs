using System.Text.Json;
using System.Text.Json.Serialization;

namespace Claims.Web.Infrastructure.Messaging;

public static class JsonDefaults
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
