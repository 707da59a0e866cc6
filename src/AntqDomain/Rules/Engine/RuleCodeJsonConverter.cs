using System.Text.Json.Serialization;

namespace AntqDomain.Rules;

/// <summary>Reads and writes a <see cref="RuleCode"/> as its text.</summary>
public sealed class RuleCodeJsonConverter : JsonConverter<RuleCode>
{
    /// <inheritdoc />
    public override RuleCode Read(ref System.Text.Json.Utf8JsonReader reader, Type typeToConvert, System.Text.Json.JsonSerializerOptions options)
    {
        if (reader.TokenType != System.Text.Json.JsonTokenType.String)
        {
            throw new System.Text.Json.JsonException($"A rule code is a string such as \"ANTQ201\", not {reader.TokenType}.");
        }

        string? s = reader.GetString();
        return RuleCode.IsValid(s) ? new RuleCode(s!) : throw new System.Text.Json.JsonException($"'{s}' is not a rule code such as ANTQ201.");
    }

    /// <inheritdoc />
    public override void Write(System.Text.Json.Utf8JsonWriter writer, RuleCode value, System.Text.Json.JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}
