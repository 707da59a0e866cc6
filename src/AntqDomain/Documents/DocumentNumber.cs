using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime.Text;
using AntqDomain.Language;

namespace AntqDomain.Documents;

/// <summary>
/// A document's number and symbol (<em>số, ký hiệu văn bản</em>, Decree 30/2020/NĐ-CP), e.g. <c>1975/KH-BCĐ</c>:
/// the number (per issuer and calendar year, leading zero below 10), "/", the type abbreviation, "-", the issuer
/// groups. An official letter (<em>công văn</em>) has no type: <c>12/UBND-VX</c>. A draft has no number:
/// <c>/KH-BCĐ</c>.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Documents.DocumentNumberJsonConverter))]
public sealed partial record DocumentNumber
{
    private DocumentNumber(int? number, DocumentTypeCode? type, ImmutableArray<string> issuerGroups, string numberText)
    {
        Number = number;
        Type = type;
        IssuerGroups = issuerGroups;
        NumberText = numberText;
    }

    /// <summary>The number, or null for an unnumbered draft.</summary>
    public int? Number { get; }

    /// <summary>The number as written (keeps a leading zero: "05"); empty for a draft.</summary>
    public string NumberText { get; }

    /// <summary>The type abbreviation, or null for an official letter (<em>công văn</em>).</summary>
    public DocumentTypeCode? Type { get; }

    /// <summary>The issuer groups after the type, e.g. ["BCĐ"], ["BCĐ799"], ["UBND", "VX"].</summary>
    public ImmutableArray<string> IssuerGroups { get; }

    /// <summary>The first issuer group (the issuing body), e.g. "BCĐ" or "UBND".</summary>
    public string Issuer => IssuerGroups.IsDefaultOrEmpty ? string.Empty : IssuerGroups[0];

    /// <summary>The symbol after the slash: "KH-BCĐ".</summary>
    public string Symbol => Type is { } t ? string.Join('-', IssuerGroups.Insert(0, t.Abbreviation)) : string.Join('-', IssuerGroups);

    /// <summary>Whether the number is missing (an unnumbered draft).</summary>
    public bool IsDraft => Number is null;

    /// <summary>Whether the number is a draft's explicit placeholder ("[số]/KH-BCĐ"), to be filled in when the plan is numbered.</summary>
    public bool HasPlaceholderNumber => Placeholder.IsPlaceholder(NumberText);

    /// <summary>Whether the number is written with the leading zero Decree 30 asks for below 10.</summary>
    public bool HasRequiredLeadingZero => Number is not { } n || n >= 10 || NumberText.Length >= 2;

    /// <summary>Creates a number from its parts.</summary>
    /// <exception cref="ArgumentException">A part is empty or contains a space, "/" or "-".</exception>
    /// <param name="number">The number, or null for an unnumbered draft.</param>
    /// <param name="type">The document type, e.g. KH for a plan, or null.</param>
    /// <param name="issuerGroups">The issuer's abbreviation groups, e.g. "BCĐ" or "UBND", "VX".</param>
    /// <returns>The document number.</returns>
    public static DocumentNumber Create(int? number, DocumentTypeCode? type, params string[] issuerGroups)
    {
        ArgumentNullException.ThrowIfNull(issuerGroups);
        if (number is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "A document number starts at 1.");
        }

        if (issuerGroups.Length == 0 || issuerGroups.Any(g => string.IsNullOrWhiteSpace(g) || g.AsSpan().IndexOfAny(" /-") >= 0))
        {
            throw new ArgumentException("Issuer groups must be non-empty and contain no space, '/' or '-'.", nameof(issuerGroups));
        }

        string text = number is { } n ? n.ToString("00", CultureInfo.InvariantCulture) : string.Empty;
        return new DocumentNumber(number, type, [.. issuerGroups], text);
    }

    /// <summary>
    /// Parses "1975/KH-BCĐ", "05/KH-UBND", "/KH-BCĐ" (draft), "[số]/KH-BCĐ" (a draft's placeholder, see <see cref="Placeholder"/>), "12/UBND-VX" (official letter). Tolerates spaces
    /// around the separators. Fails (never throws) with the reason, e.g. a missing hyphen in "333/KHBCĐ".
    /// </summary>
    /// <param name="text">The number and symbol as written.</param>
    /// <returns>The number, or the reason the text is not one.</returns>
    public static ParseResult<DocumentNumber> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = Language.VietnameseText.Normalize(text).AsSpan().Trim().TrimEnd(".;,");
        if (!Shape().IsMatch(t))
        {
            return Fail(text, "it is not of the form <number>/<TYPE>-<issuer>");
        }

        // The shape is checked: the first '/' ends the number (neither digits nor a bracketed blank hold one), and the
        // symbol is groups of letters and digits between hyphens or dashes, spaces around them allowed (each group is
        // trimmed, which also drops the final line break the pattern's end allows).
        int slash = t.IndexOf('/');
        var numberSpan = t[..slash].TrimEnd();
        string numberText = numberSpan.ToString();
        int? number = null;
        if (numberSpan.Length > 0 && !Placeholder.IsPlaceholder(numberSpan))
        {
            if (numberSpan.Length > 9 || !int.TryParse(numberSpan, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n < 1)
            {
                return Fail(text, "the number is not a positive whole number");
            }

            number = n;
        }

        var groups = ImmutableArray.CreateBuilder<string>();
        var symbol = t[(slash + 1)..];
        while (true)
        {
            int dash = symbol.IndexOfAny('-', '–');
            groups.Add((dash < 0 ? symbol : symbol[..dash]).Trim().ToString());
            if (dash < 0)
            {
                break;
            }

            symbol = symbol[(dash + 1)..];
        }

        if (groups.Count == 1)
        {
            return Fail(text, DocumentTypeCode.IsKnownAbbreviation(groups[0]) || StartsWithKnownType(groups[0])
                ? "the type and the issuer must be separated by '-'"
                : "the symbol needs a type and an issuer separated by '-'");
        }

        DocumentTypeCode? type = DocumentTypeCode.IsKnownAbbreviation(groups[0]) ? new DocumentTypeCode(groups[0]) : null;
        if (type is not null)
        {
            groups.RemoveAt(0);
        }

        var issuers = groups.DrainToImmutable();
        return ParseResult<DocumentNumber>.ForValue(new DocumentNumber(number, type, issuers, numberText));
    }

    private static bool StartsWithKnownType(string group)
        => group.Length > 2 && DocumentTypeCode.KnownAbbreviations.Any(k => group.StartsWith(k, StringComparison.Ordinal) && char.IsUpper(group[k.Length]));

    private static ParseResult<DocumentNumber> Fail(string text, string reason)
        => ParseResult<DocumentNumber>.ForException(() => new DocumentFormatException($"'{text}' is not a valid document number and symbol: {reason} (Decree 30/2020/NĐ-CP), e.g. 1975/KH-BCĐ.", text));

    /// <summary>The canonical text: "1975/KH-BCĐ", "/KH-BCĐ" for a draft; the number as written.</summary>
    /// <returns>The number and symbol in their canonical form.</returns>
    public override string ToString() => NumberText + "/" + Symbol;

    /// <inheritdoc />
    public bool Equals(DocumentNumber? other)
        => other is not null && Number == other.Number && string.Equals(Symbol, other.Symbol, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Number, Symbol);

    [GeneratedRegex(@"^(?<n>[0-9]*|\[[^\[\]/]{1,40}\])\s*/\s*(?<s>[\p{L}0-9]+(?:\s*[-–]\s*[\p{L}0-9]+)*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
