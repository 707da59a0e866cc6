using System.Runtime.CompilerServices;

namespace AntqDomain.Internal;

/// <summary>Argument checks shared by the library, so every public entry point fails the same precise way.</summary>
internal static class Preconditions
{
    public static T CheckNotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
        => value ?? throw new ArgumentNullException(name);

    public static void CheckRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < min || value > max)
        {
            ThrowRange(value, min, max, name);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowRange(int value, int min, int max, string? name)
        => throw new ArgumentOutOfRangeException(
            name,
            value,
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Value should be in range [{min}-{max}]."));
}
