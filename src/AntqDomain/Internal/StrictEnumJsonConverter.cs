using System.Text.Json.Serialization;

namespace AntqDomain.Internal;

/// <summary>
/// Reads and writes an enum by its name only: a number such as <c>5</c> or <c>99</c> is refused (ANTQ008) instead
/// of being taken as whatever member, or no member, has that value.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class StrictEnumJsonConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    public StrictEnumJsonConverter()
        : base(namingPolicy: null, allowIntegerValues: false)
    {
    }
}
