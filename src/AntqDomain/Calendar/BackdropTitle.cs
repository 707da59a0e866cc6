using System.Collections.Immutable;

namespace AntqDomain.Calendar;

/// <summary>
/// The backdrop title of the ceremony stage (<em>tiêu đề khánh tiết</em>): organiser, "NGÀY HỘI", "TOÀN DÂN BẢO VỆ
/// AN NINH TỔ QUỐC NĂM Y", then the place and August date line.
/// </summary>
/// <param name="Lines">The title lines from top to bottom.</param>
public sealed record BackdropTitle(ImmutableArray<string> Lines)
{
    /// <summary>The lines joined by new lines.</summary>
    /// <returns>The lines of the title, one per line.</returns>
    public override string ToString() => string.Join('\n', Lines);

    /// <inheritdoc />
    public bool Equals(BackdropTitle? other) => other is not null && Lines.SequenceEqual(other.Lines, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var line in Lines)
        {
            hash.Add(line, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }
}
