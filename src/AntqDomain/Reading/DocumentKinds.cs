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

            // A decision, a notice, a guidance … about the festival is still no plan.
            foreach (string type in OtherTypes)
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

    /// <summary>The folded type names of administrative documents that are neither plans nor reports, and an official letter's subject ("V/v …").</summary>
    private static readonly string[] OtherTypes = ["quyet dinh", "thong bao", "huong dan", "to trinh", "chi thi", "cong dien", "v/v"];

    private static bool IsAboutTheFestival(string folded)
        => SpacedWords.Contains(folded, "ngay hoi toan dan bao ve")
           || (SpacedWords.Contains(folded, "ngay hoi") && (SpacedWords.Contains(folded, "an ninh to quoc") || folded.Contains("antq", StringComparison.Ordinal)));
}
