using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using AntqDomain.Administration;
using AntqDomain.Calendar;
using AntqDomain.Documents;
using AntqDomain.Plans;
using NodaTime;
using AntqDomain.Language;
using AntqDomain.Rules;

namespace AntqDomain.Reading;

// The reader, part: Assembling the plan from the parts read: issuer (from header, symbol and signature) and the parent plan cited.
/// <content>The reader, continued: assembling the plan from the lines read (issuer, parent plan, parts, closing block).</content>
public sealed partial class PlanTextReader
{
    private sealed partial class Builder
    {
        private FestivalPlan Assemble()
        {
            var built = new PlanSection[sections.Count];
            for (int s = 0; s < built.Length; s++)
            {
                built[s] = new PlanSection(sections[s].Kind, sections[s].Heading, ImmutableArray.Create(sections[s].Paragraphs.AsSpan()));
            }

            var builtSections = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(built);
            var builtBasis = ImmutableArray.Create(basis.AsSpan());
            var builtSignature = ImmutableArray.Create(signatureLines.AsSpan());
            int? year = title is null ? null : TitleYear(title.Text);

            var kind = DocumentKinds.Classify(title?.Text, builtSections, builtBasis);
            var content = PlanContent.Of(builtSections, PlanContent.YearFor(kind, year, dated), paragraphsFolded);

            return content.Into(new FestivalPlan
            {
                NumberText = numberText,
                NumberAt = numberAt,
                NumberLabel = numberLabel,
                Issuer = BuildIssuer(builtSignature),
                Dated = dated,
                DatedAt = datedAt,
                Title = title,
                TitleYear = year,
                DocumentKind = kind,
                Parent = BuildParent(),
                Basis = builtBasis,
                Sections = builtSections,
                Recipients = recipientsAt is null && recipients.Count == 0 ? null : new Recipients(ImmutableArray.Create(recipients.AsSpan()), recipientsAt),
                Signature = builtSignature.Length == 0 && signer is null ? null : new SignatureBlock(builtSignature, signer),
                Unplaced = ImmutableArray.Create(unplaced.AsSpan()),
            });
        }

        /// <summary>The year the title names last ("… năm 2024"): the digits of the last "năm" followed by a year.</summary>
        private static int? TitleYear(string title)
        {
            using var scratch = new FoldScratch(title, stackalloc char[256]);
            var f = scratch.Span;
            int? year = null;
            foreach (var m in TextPatterns.YearAfterNam().EnumerateMatches(f))
            {
                var match = f.Slice(m.Index, m.Length);
                year = TextPatterns.Digits(match[TextPatterns.NumberIn(match, last: false)], otherwise: int.MaxValue);
            }

            return year;
        }

        private PlanIssuer BuildIssuer(ImmutableArray<PlanText> signatureLines)
        {
            // The issuing body is the last capitals line of the header; the lines above it name its parent body.
            string? name = issuerCells.Count == 0 ? null : string.Join(" ", issuerCells.Select(c => c.TextString()));
            Location? at = issuerCells.Count == 0 ? null : issuerCells[^1].Location;
            string? own = issuerCells.Count == 0 ? null : issuerCells[^1].TextString();
            if (name is null)
            {
                for (int i = 0; i < basis.Count; i++)
                {
                    var b = basis[i];
                    var m = TextPatterns.SelfIssuer().Match(MaskedBasis(i));
                    if (m.Success)
                    {
                        var g = m.Groups["self"];
                        name = own = b.Text.AsSpan(g.Index, g.Length).Trim().ToString();
                        at = b.At?.Shift(g.Index, g.Length);
                        break;
                    }
                }
            }

            var (level, unit) = UnitNameClassifier.Classify(own);
            if (level == AdministrativeLevel.Unknown)
            {
                (level, unit) = UnitNameClassifier.Classify(name);
            }

            if (level == AdministrativeLevel.Unknown)
            {
                (level, unit) = UnitNameClassifier.Classify(string.Join(' ', signatureLines.Select(s => s.Text)));
            }

            // The last header line names the issuing body, except in the People's Committee's own two-line form
            // ("ỦY BAN NHÂN DÂN" over "TỈNH TUYÊN QUANG"), where it names only the unit: the body is then the whole name's.
            IssuerKind kind = KindOfIssuer(own) is var k && k != IssuerKind.Unknown && !(k == IssuerKind.Other && UnitNames.IsUnitName(own!)) ? k
                : KindOfIssuer(name) is var k2 && k2 != IssuerKind.Unknown ? k2
                : KindFromSignature(signatureLines);
            return new PlanIssuer(name, level, unit?.Code, kind, at);
        }

        private static IssuerKind KindFromSignature(ImmutableArray<PlanText> signatureLines)
        {
            string f = VietnameseText.Fold(string.Join(' ', signatureLines.Select(s => s.Text)));
            return SpacedWords.Contains(f, "truong ban") ? IssuerKind.SteeringCommittee
                : SpacedWords.Contains(f, "uy ban nhan dan") ? IssuerKind.PeoplesCommittee
                : IssuerKind.Unknown;
        }

        internal static IssuerKind KindOfIssuer(string? name)
        {
            if (name is null)
            {
                return IssuerKind.Unknown;
            }

            using var scratch = new FoldScratch(name, stackalloc char[256]);
            ReadOnlySpan<char> f = scratch.Span;
            return SpacedWords.Contains(f, "ban chi dao") || f.Contains("bcd", StringComparison.Ordinal) ? IssuerKind.SteeringCommittee
                : SpacedWords.Contains(f, "uy ban nhan dan") || f.Contains("ubnd", StringComparison.Ordinal) ? IssuerKind.PeoplesCommittee
                : SpacedWords.Contains(f, "cong an") ? IssuerKind.Police
                : f.Trim().Length > 0 ? IssuerKind.Other : IssuerKind.Unknown;
        }

        /// <summary>The phrases of the committee's full name that hold a comma.</summary>
        private static readonly string[] NamePhrasesWithComma = ["phong, chong", "toi pham, te nan"];

        /// <summary>
        /// Blanks, in folded text, the commas inside the committee's full name ("phòng, chống tội phạm, tệ nạn xã hội"),
        /// so that a name is not cut at them; the length is kept, so positions carry over.
        /// </summary>
        private static void MaskNameCommas(Span<char> folded)
        {
            foreach (string phrase in NamePhrasesWithComma)
            {
                // However the name's words are spaced, its comma is the first in the place it takes.
                for (int at = SpacedWords.IndexOf(folded, phrase, 0, out int length); at >= 0; at = SpacedWords.IndexOf(folded, phrase, at + 1, out length))
                {
                    folded[at + folded.Slice(at, length).IndexOf(',')] = ' ';
                }
            }
        }

        /// <summary>
        /// The folded form of basis line <paramref name="index"/>, its name-internal commas masked
        /// (<see cref="MaskNameCommas"/>): made once, when the issuer's or the parent plan's pattern first reads the line,
        /// and read by both for their groups.
        /// </summary>
        private string MaskedBasis(int index)
        {
            maskedBasis ??= new string?[basis.Count];
            return maskedBasis[index] ??= string.Create(basis[index].Text.Length, basis[index].Text, static (masked, text) =>
            {
                VietnameseText.FoldInto(text, masked);
                MaskNameCommas(masked);
            });
        }

        /// <summary>
        /// Where the issuer named after "của" ends: at " về " of <paramref name="text"/> (folding cannot tell "về" from
        /// "vệ"), or at a comma, semicolon, bracket or quote of <paramref name="masked"/> (its folded form, whose
        /// name-internal commas are masked), at most 200 characters on.
        /// </summary>
        private static int IssuerEnd(string text, ReadOnlySpan<char> masked, int start)
        {
            int end = text.Length;
            foreach (string stop in (string[])[" về ", " Về ", ",", ";", "(", "”", "\""])
            {
                int at = VietnameseText.IndexOf(stop.Length > 1 ? text : masked, stop, start);
                if (at >= 0 && at < end)
                {
                    end = at;
                }
            }

            return Math.Min(end, start + 200);
        }

        private ParentPlanReference? BuildParent()
        {
            for (int i = 0; i < basis.Count; i++)
            {
                if (ParentIn(i) is { } parent)
                {
                    return parent;
                }
            }

            return null;
        }

        /// <summary>The parent plan basis line <paramref name="index"/> cites, if it cites one.</summary>
        private ParentPlanReference? ParentIn(int index)
        {
            // The pattern starts with "ke hoach" (spaced any way): a basis line without "hoach" names no parent plan.
            var b = basis[index];
            string f = MaskedBasis(index);
            if (!f.Contains("hoach", StringComparison.Ordinal))
            {
                return null;
            }

            var m = TextPatterns.ParentPlan().Match(f);
            if (!m.Success)
            {
                return null;
            }

            var n = m.Groups["n"];
            string number = b.Text.AsSpan(n.Index, n.Length).Trim().ToString();
            LocalDate? date = null;
            if (m.Groups["date"] is { Success: true } d)
            {
                var r = VietnameseDates.Parse(b.Text.Substring(d.Index, d.Length));
                date = r.Success ? r.Value : null;
            }

            string? issuer = m.Groups["iss"] is { Success: true } iss ? b.Text[iss.Index..IssuerEnd(b.Text, f, iss.Index)].Trim() : null;
            var level = UnitNameClassifier.Classify(issuer).Level;
            return new ParentPlanReference(number, date, issuer, level, b);
        }
    }
}
