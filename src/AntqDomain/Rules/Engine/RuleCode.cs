using System.Text.Json.Serialization;

namespace AntqDomain.Rules;

/// <summary>
/// The stable code of a rule (<em>mã quy tắc</em>), "ANTQ" and three digits; the hundred is the group (1 document
/// form, 2 calendar, 3 content, 4 ceremony, 5 cascade, 6 commendations, 7 models, 8 safety standard; 0 is for reader
/// diagnostics). A code never changes meaning once shipped.
/// </summary>
[JsonConverter(typeof(RuleCodeJsonConverter))]
public readonly record struct RuleCode
{
    /// <summary>Creates a code from its text.</summary>
    /// <exception cref="ArgumentException">The text is not "ANTQ" followed by three digits.</exception>
    /// <param name="value">The code, e.g. "ANTQ201".</param>
    public RuleCode(string value)
    {
        if (!IsValid(value))
        {
            throw new ArgumentException($"'{value}' is not a rule code: expected ANTQ followed by three digits, e.g. ANTQ201.", nameof(value));
        }

        Value = value;
    }

    /// <summary>The code text, e.g. "ANTQ201".</summary>
    public string Value { get; }

    /// <summary>The group digit (1–8).</summary>
    public int Group => Value[4] - '0';

    /// <summary>The number, e.g. 201.</summary>
    public int Number => ((Value[4] - '0') * 100) + ((Value[5] - '0') * 10) + (Value[6] - '0');

    /// <summary>Whether <paramref name="value"/> is a well-formed code.</summary>
    /// <param name="value">The text to test.</param>
    /// <returns>True when it is "ANTQ" and three digits.</returns>
    public static bool IsValid(string? value)
        => value is { Length: 7 } && value.StartsWith("ANTQ", StringComparison.Ordinal) && char.IsAsciiDigit(value[4]) && char.IsAsciiDigit(value[5]) && char.IsAsciiDigit(value[6]);

    /// <summary>The code text.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Value ?? string.Empty;
}
