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
        var t = line.AsSpan().TrimStart();
        int length = PrefixLength(t);
        return length == 0 ? null : t[..length].ToString();
    }

    /// <summary>The length of the prefix that starts <paramref name="t"/> (already trimmed at the start), or 0 when it has none.</summary>
    private static int PrefixLength(ReadOnlySpan<char> t)
    {
        int i = 0;
        while (i < t.Length && i < 6 && (char.IsUpper(t[i]) || t[i] == '/'))
        {
            i++;
        }

        if (i == 0 || i > 5)
        {
            return 0;
        }

        if (i < t.Length && t[i] == '.')
        {
            return i + 1;
        }

        // "T/M" and "K/T" are common mis-spellings of the prefixes.
        return t[..i].Contains('/') ? i : 0;
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

    /// <summary>
    /// Whether <paramref name="title"/> starts with the post <paramref name="post"/> (in capitals, any case in the title)
    /// and a space, or, when <paramref name="alone"/>, is just the post.
    /// </summary>
    private static bool IsPost(ReadOnlySpan<char> title, string post, bool alone)
    {
        // "TRƯỞNG  BAN" typed with two spaces is the same post.
        if (Language.SpacedWords.IsUneven(title))
        {
            title = Language.SpacedWords.Squeezed(title);
        }

        return title.StartsWith(post, StringComparison.OrdinalIgnoreCase) && (title.Length == post.Length ? alone : title[post.Length] == ' ');
    }

    /// <summary>
    /// Whether one of the signer's titles in the issuing body itself (the lines without their prefixes, <see cref="Titles"/>,
    /// less <see cref="HostPost"/>) is <paramref name="post"/> or starts with it: compared case-insensitively, as
    /// <see cref="Titles"/> upper-cases, without copying the lines; a title that is just the post counts when <paramref name="alone"/>.
    /// </summary>
    private bool HasOwnTitle(string post, bool alone = true)
    {
        for (int i = 0; i < Lines.Length; i++)
        {
            string line = Lines[i].Text;
            if ((i == 0 || !IsHostPost(line)) && IsPost(TitleOf(line), post, alone))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a title line names the head of a committee ("TRƯỞNG BAN", as in "KT. TRƯỞNG BAN"), not a deputy.</summary>
    [JsonIgnore]
    public bool NamesCommitteeHead => HasOwnTitle("TRƯỞNG BAN");

    /// <summary>Whether a title line names the chair of a People's Committee ("CHỦ TỊCH", as in "KT. CHỦ TỊCH"), not a vice-chair.</summary>
    [JsonIgnore]
    public bool NamesChair => HasOwnTitle("CHỦ TỊCH");

    /// <summary>Whether a title line names a deputy ("PHÓ TRƯỞNG BAN", "PHÓ CHỦ TỊCH", "PHÓ GIÁM ĐỐC").</summary>
    [JsonIgnore]
    public bool NamesDeputy => HasOwnTitle("PHÓ", alone: false);

    /// <summary>
    /// Whether a deputy signs without "KT." (<em>ký thay</em>): Decree 30/2020, Phụ lục I, Phần I, mục II, item 7.b
    /// has a deputy who signs for the head write "KT." before the head's title ("KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN").
    /// </summary>
    [JsonIgnore]
    public bool DeputySignsWithoutKt => NamesDeputy && !Prefixes.Contains("KT.");

    private static bool IsHostPost(string line)
    {
        var t = line.AsSpan().Trim();
        if (PrefixLength(t) > 0)
        {
            return false;
        }

        if (t.Length > 0 && t[0] == '[' && t[^1] == ']')
        {
            return true;
        }

        using var scratch = new FoldScratch(t, stackalloc char[256]);
        foreach (string body in (ReadOnlySpan<string>)["ubnd", "uy ban nhan dan", "cong an", "bo", "so", "tinh", "thanh pho", "xa", "phuong", "huyen", "quan", "dac khu", "tinh uy", "dang uy"])
        {
            if (HasWords(scratch.Span, body))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="words"/> occurs in <paramref name="folded"/> as whole words (between spaces or the ends).</summary>
    private static bool HasWords(ReadOnlySpan<char> folded, string words)
    {
        for (int from = 0; from < folded.Length;)
        {
            int at = folded[from..].IndexOf(words, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            at += from;
            int end = at + words.Length;
            if ((at == 0 || folded[at - 1] == ' ') && (end == folded.Length || folded[end] == ' '))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    /// <summary>The title of a line: without its prefix, trimmed (not upper-cased).</summary>
    private static ReadOnlySpan<char> TitleOf(string line)
    {
        var t = line.AsSpan().TrimStart();
        return t[PrefixLength(t)..].Trim();
    }

    private static string Strip(string line) => TitleOf(line).ToString().ToUpperInvariant();

    /// <inheritdoc />
    public bool Equals(SignatureBlock? other) => other is not null && Lines.SequenceEqual(other.Lines) && Equals(Signer, other.Signer);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Lines.Length, Signer);
}
