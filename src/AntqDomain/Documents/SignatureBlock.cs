using System.Text.Json.Serialization;
using System.Collections.Immutable;
using AntqDomain.Language;

namespace AntqDomain.Documents;

/// <summary>
/// The signature block (<em>chữ ký, thẩm quyền ký</em>, Decree 30/2020/NĐ-CP): authority and title lines in capitals,
/// optionally with a prefix (<em>TM.</em> on behalf of a collective, <em>KT.</em> a deputy signing for the head,
/// <em>Q.</em> acting, <em>TL.</em>, <em>TUQ.</em>), then the signer's full name.
/// </summary>
/// <param name="Lines">The authority and title lines, top to bottom ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH").</param>
/// <param name="Signer">The signer's name, or null when missing.</param>
public sealed record SignatureBlock(ImmutableArray<PlanText> Lines, PlanText? Signer)
{
    /// <summary>The lines of authority and title above the name, top to bottom; an unset list reads as empty.</summary>
    [JsonPropertyOrder(-1)]
    public ImmutableArray<PlanText> Lines { get; init => field = Internal.Structural.OrEmpty(value); } = Internal.Structural.OrEmpty(Lines);

    /// <summary>The prefixes Decree 30/2020 allows.</summary>
    public static ImmutableArray<string> AllowedPrefixes { get; } = ["TM.", "KT.", "Q.", "TL.", "TUQ."];

    /// <summary>The prefix of a line ("KT." of "KT. CHỦ TỊCH"), or null when the line has none.</summary>
    /// <param name="line">A line of the signature block.</param>
    /// <returns>The prefix, or null.</returns>
    public static string? PrefixOf(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        string t = line.TrimStart();
        int i = 0;
        while (i < t.Length && i < 6 && (char.IsUpper(t[i]) || t[i] == '/'))
        {
            i++;
        }

        if (i == 0 || i > 5)
        {
            return null;
        }

        if (i < t.Length && t[i] == '.')
        {
            return t[..(i + 1)];
        }

        // "T/M" and "K/T" are common mis-spellings of the prefixes.
        return t[..i].Contains('/', StringComparison.Ordinal) ? t[..i] : null;
    }

    /// <summary>The prefixes used, in order.</summary>
    [JsonIgnore]
    public ImmutableArray<string> Prefixes => [.. Lines.Select(l => PrefixOf(l.Text)).OfType<string>()];

    /// <summary>The lines without their prefixes, upper-cased: "ỦY BAN NHÂN DÂN", "CHỦ TỊCH".</summary>
    [JsonIgnore]
    public ImmutableArray<string> Titles => [.. Lines.Select(l => Strip(l.Text))];

    /// <summary>
    /// The signer's post in the body whose seal a committee uses (<em>chức vụ tại cơ quan</em>: "CHỦ TỊCH UBND TỈNH",
    /// "GIÁM ĐỐC CÔNG AN TỈNH", "BỘ TRƯỞNG BỘ CÔNG AN"), written under the committee title: a title line after the
    /// first, without a prefix, that names a body or is a blank to fill in ("[…]"); null when there is none.
    /// </summary>
    [JsonIgnore]
    public PlanText? HostPost
    {
        get
        {
            for (int i = 1; i < Lines.Length; i++)
            {
                if (IsHostPost(Lines[i].Text))
                {
                    return Lines[i];
                }
            }

            return null;
        }
    }

    /// <summary>The signer's titles in the issuing body itself: <see cref="Titles"/> without <see cref="HostPost"/>.</summary>
    private IEnumerable<string> OwnTitles => Lines.Where((l, i) => i == 0 || !IsHostPost(l.Text)).Select(l => Strip(l.Text));

    /// <summary>Whether a title line names the head of a committee ("TRƯỞNG BAN", as in "KT. TRƯỞNG BAN"), not a deputy.</summary>
    [JsonIgnore]
    public bool NamesCommitteeHead => OwnTitles.Any(static t => t == "TRƯỞNG BAN" || t.StartsWith("TRƯỞNG BAN ", StringComparison.Ordinal));

    /// <summary>Whether a title line names the chair of a People's Committee ("CHỦ TỊCH", as in "KT. CHỦ TỊCH"), not a vice-chair.</summary>
    [JsonIgnore]
    public bool NamesChair => OwnTitles.Any(static t => t == "CHỦ TỊCH" || t.StartsWith("CHỦ TỊCH ", StringComparison.Ordinal));

    /// <summary>Whether a title line names a deputy ("PHÓ TRƯỞNG BAN", "PHÓ CHỦ TỊCH", "PHÓ GIÁM ĐỐC").</summary>
    [JsonIgnore]
    public bool NamesDeputy => OwnTitles.Any(static t => t.StartsWith("PHÓ ", StringComparison.Ordinal));

    /// <summary>
    /// Whether a deputy signs without "KT." (<em>ký thay</em>): Decree 30/2020, Phụ lục I, Phần I, mục II, item 7.b
    /// has a deputy who signs for the head write "KT." before the head's title ("KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN").
    /// </summary>
    [JsonIgnore]
    public bool DeputySignsWithoutKt => NamesDeputy && !Prefixes.Contains("KT.");

    private static bool IsHostPost(string line)
    {
        if (PrefixOf(line) is not null)
        {
            return false;
        }

        string t = line.Trim();
        if (t.StartsWith('[') && t.EndsWith(']'))
        {
            return true;
        }

        string f = " " + Language.VietnameseText.Fold(t) + " ";
        foreach (string body in (ReadOnlySpan<string>)[" ubnd ", " uy ban nhan dan ", " cong an ", " bo ", " so ", " tinh ", " thanh pho ", " xa ", " phuong ", " huyen ", " quan ", " dac khu ", " tinh uy ", " dang uy "])
        {
            if (f.Contains(body, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Strip(string line)
    {
        string? p = PrefixOf(line);
        return (p is null ? line : line.TrimStart()[p.Length..]).Trim().ToUpperInvariant();
    }

    /// <inheritdoc />
    public bool Equals(SignatureBlock? other) => other is not null && Lines.SequenceEqual(other.Lines) && Equals(Signer, other.Signer);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Lines.Length, Signer);
}
