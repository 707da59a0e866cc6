using System.Text.Json;
using System.Text.Json.Serialization;
using AntqDomain.Documents;

namespace AntqDomain.Documents;

/// <summary>Reads and writes a <see cref="DocumentNumber"/> as its text ("1975/KH-BCĐ").</summary>
public sealed class DocumentNumberJsonConverter : JsonConverter<DocumentNumber>
{
    /// <inheritdoc />
    public override DocumentNumber? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A document number must be a string such as \"1975/KH-BCĐ\", not {reader.TokenType}.");
        }

        var result = DocumentNumber.Parse(reader.GetString()!);
        return result.Success ? result.Value : throw new JsonException(result.Exception.Message);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DocumentNumber value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.ToString());
    }
}
