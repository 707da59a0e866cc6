using System.Collections.Immutable;
using AntqDomain.Plans;
using AntqDomain.Documents;
using AntqDomain.Language;

namespace AntqDomain.Reading;

/// <summary>Tells a festival plan from other plans, reports and other texts, by its title and, without a title, by its body.</summary>
internal static class DocumentKinds
{
    public static DocumentKind Classify(string? title, ImmutableArray<PlanSection> sections, ImmutableArray<PlanText> basis)
    {
        if (title is not null)
        {
            string t = VietnameseText.Fold(title);
            if (SpacedWords.StartsWith(t, "bao cao"))
            {
                return DocumentKind.Report;
            }

            // A decision, a notice, a guidance, an official letter … about the festival is still no plan.
            if (IsLetterSubject(t))
            {
                return DocumentKind.Other;
            }

            foreach (string type in OtherTypesFolded)
            {
                if (SpacedWords.StartsWith(t, type))
                {
                    return DocumentKind.Other;
                }
            }

            if (IsAboutTheFestival(t))
            {
                return DocumentKind.FestivalPlan;
            }

            return SpacedWords.StartsWith(t, "ke hoach") ? DocumentKind.MovementPlan : DocumentKind.Other;
        }

        // No title: a plan's body that speaks of organising the festival is a festival plan; any other plan is not.
        foreach (var b in basis)
        {
            if (IsAboutTheFestival(VietnameseText.Fold(b.Text)))
            {
                return DocumentKind.FestivalPlan;
            }
        }

        foreach (var s in sections)
        {
            if (s.Kind == SectionKind.Purposes || s.Kind == SectionKind.Content)
            {
                foreach (var p in s.Paragraphs)
                {
                    if (IsAboutTheFestival(VietnameseText.Fold(p.Text)))
                    {
                        return DocumentKind.FestivalPlan;
                    }
                }
            }
        }

        return DocumentKind.MovementPlan;
    }

    /// <summary>
    /// The type names, in capitals, that open a document's title: a plan's, a report's, or another administrative
    /// document's (a decision, a notice, a guidance, a submission, a directive, an urgent dispatch), read so that it is
    /// told from a plan.
    /// </summary>
    internal static readonly string[] TitleTypes = ["KẾ HOẠCH", "BÁO CÁO", .. OtherTypes()];

    /// <summary>The type names of administrative documents that are neither plans nor reports, folded.</summary>
    private static readonly string[] OtherTypesFolded = [.. OtherTypes().Select(VietnameseText.Fold)];

    private static string[] OtherTypes() => ["QUYẾT ĐỊNH", "THÔNG BÁO", "HƯỚNG DẪN", "TỜ TRÌNH", "CHỈ THỊ", "CÔNG ĐIỆN"];

    /// <summary>An official letter's subject line ("V/v …", về việc), folded: it stands where a title does.</summary>
    internal static bool IsLetterSubject(ReadOnlySpan<char> folded)
        => folded.StartsWith("v/v", StringComparison.Ordinal) && (folded.Length == 3 || !char.IsLetter(folded[3]));

    private static bool IsAboutTheFestival(string folded)
        => SpacedWords.Contains(folded, "ngay hoi toan dan bao ve")
           || (SpacedWords.Contains(folded, "ngay hoi") && (SpacedWords.Contains(folded, "an ninh to quoc") || folded.Contains("antq", StringComparison.Ordinal)));
}
