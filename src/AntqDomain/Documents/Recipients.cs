using System.Text.Json.Serialization;
using System.Collections.Immutable;
using AntqDomain.Language;

namespace AntqDomain.Documents;

/// <summary>
/// The recipients block (<em>Nơi nhận</em>, Decree 30/2020/NĐ-CP): one line per recipient, ending with the archive
/// line (<em>"Lưu: VT, …"</em>).
/// </summary>
/// <param name="Lines">The recipient lines, in order, without the leading dash.</param>
/// <param name="At">Where the "Nơi nhận" heading is.</param>
public sealed record Recipients(ImmutableArray<PlanText> Lines, Location? At = null)
{
    /// <summary>The recipient lines, in order, without the leading dash; an unset list reads as empty.</summary>
    [JsonPropertyOrder(-1)]
    public ImmutableArray<PlanText> Lines { get; init => field = Internal.Structural.OrEmpty(value); } = Internal.Structural.OrEmpty(Lines);

    /// <summary>The archive line ("Lưu: VT, CAH."), or null when missing.</summary>
    [JsonIgnore]
    public PlanText? ArchiveLine
    {
        get
        {
            for (int i = Lines.Length - 1; i >= 0; i--)
            {
                if (IsArchive(Lines[i].Text))
                {
                    return Lines[i];
                }
            }

            return null;
        }
    }

    /// <summary>What is wrong with the archive line, judged as Decree 30 writes it: last, "Lưu: VT, &lt;unit&gt;", a final full stop.</summary>
    [JsonIgnore]
    public ArchiveLineDefect ArchiveDefect
    {
        get
        {
            if (ArchiveLine is not { } archive)
            {
                return ArchiveLineDefect.Missing;
            }

            if (!ReferenceEquals(archive, Lines[^1]))
            {
                return ArchiveLineDefect.NotLast;
            }

            var t = archive.Text.AsSpan().Trim().TrimStart("-+• \t");
            int colon = t.IndexOf(':');
            var rest = (colon >= 0 ? t[(colon + 1)..] : t[3..]).Trim();

            // The comma-separated entries after "Lưu:", each trimmed, empty ones skipped: the first, and how many.
            var entries = rest.TrimEnd(".; ");
            var first = ReadOnlySpan<char>.Empty;
            int count = 0;
            while (true)
            {
                int comma = entries.IndexOf(',');
                var entry = (comma < 0 ? entries : entries[..comma]).Trim();
                if (entry.Length > 0 && count++ == 0)
                {
                    first = entry;
                }

                if (comma < 0)
                {
                    break;
                }

                entries = entries[(comma + 1)..];
            }

            if (count == 0 || !(first.SequenceEqual("VT") || first.StartsWith("VT ", StringComparison.Ordinal)))
            {
                return ArchiveLineDefect.NoRecordsOffice;
            }

            if (count < 2)
            {
                return ArchiveLineDefect.NoDraftingUnit;
            }

            return rest.EndsWith(".") ? ArchiveLineDefect.None : ArchiveLineDefect.NoFinalFullStop;
        }
    }

    /// <summary>Whether <paramref name="line"/> is an archive line ("Lưu: VT…", "Lưu VT…").</summary>
    /// <param name="line">One line of the recipients block.</param>
    /// <returns>True for an archive line.</returns>
    public static bool IsArchive(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return IsArchive(line.AsSpan());
    }

    /// <summary>Whether <paramref name="line"/> is an archive line, as <see cref="IsArchive(string)"/>, without a string.</summary>
    internal static bool IsArchive(ReadOnlySpan<char> line)
    {
        var t = line.TrimStart(" -+•\t");
        return Language.VietnameseText.FoldedStartsWith(t, "luu:") || Language.VietnameseText.FoldedStartsWith(t, "luu vt") || Language.VietnameseText.FoldedStartsWith(t, "luu :");
    }

    /// <inheritdoc />
    public bool Equals(Recipients? other) => other is not null && Lines.SequenceEqual(other.Lines) && Equals(At, other.At);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Lines.Length, At);
}
