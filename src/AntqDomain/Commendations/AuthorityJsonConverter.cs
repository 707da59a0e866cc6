using System.Text.Json;
using System.Text.Json.Serialization;

namespace AntqDomain.Commendations;

/// <summary>Reads and writes an <see cref="Authority"/> as its code ("ProvinceChair").</summary>
internal sealed class AuthorityJsonConverter : JsonConverter<Authority>
{
    public override Authority Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"An authority is a string code such as \"ProvinceChair\", not {reader.TokenType}.");
        }

        try
        {
            return Authority.FromCode(reader.GetString()!);
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message.Split(" (Parameter", 2)[0]);
        }
    }

    public override void Write(Utf8JsonWriter writer, Authority value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.Code);
}
