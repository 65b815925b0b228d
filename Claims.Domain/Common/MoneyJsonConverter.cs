using System.Text.Json;
using System.Text.Json.Serialization;

namespace Claims.Domain.Common;

/// <summary>Money travels as a plain JSON number (the API contracts and stored documents stay what they were with decimals).</summary>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Money.Of(reader.TokenType == JsonTokenType.String ? decimal.Parse(reader.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : reader.GetDecimal());

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Amount);
}
