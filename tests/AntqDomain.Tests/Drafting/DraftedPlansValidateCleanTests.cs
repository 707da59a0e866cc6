using AntqDomain.Administration;
using AntqDomain.Drafting;
using AntqDomain.Plans;
using AntqDomain.Rules;

namespace AntqDomain.Tests.Drafting;

/// <summary>
/// A drafted plan meets every requirement in force on its date: for every level, issuing body and year from the first
/// festival to 2040, with and without a parent plan, the draft validates with no error and no warning.
/// </summary>
public class DraftedPlansValidateCleanTests
{
    private static readonly PlanValidator Validator = new();

    public static TheoryData<AdministrativeLevel, IssuerKind, int> Cases()
    {
        var data = new TheoryData<AdministrativeLevel, IssuerKind, int>();
        for (int year = 2005; year <= 2040; year++)
        {
            foreach (var level in new[] { AdministrativeLevel.Central, AdministrativeLevel.Province, AdministrativeLevel.District, AdministrativeLevel.Commune })
            {
                foreach (var body in new[] { IssuerKind.SteeringCommittee, IssuerKind.PeoplesCommittee })
                {
                    if (level == AdministrativeLevel.Central && body == IssuerKind.PeoplesCommittee)
                    {
                        continue;
                    }

                    if (level == AdministrativeLevel.District && year > 2025)
                    {
                        continue;
                    }

                    data.Add(level, body, year);
                }
            }
        }

        return data;
    }

    internal static string UnitFor(AdministrativeLevel level) => level switch
    {
        AdministrativeLevel.Province => "tỉnh Tuyên Quang",
        AdministrativeLevel.District => "huyện Bắc Sơn",
        AdministrativeLevel.Commune => "xã Đồng Tâm",
        _ => string.Empty,
    };

    internal static PlanDraftRequest RequestFor(AdministrativeLevel level, IssuerKind body, int year)
        => new(UnitFor(level), level, year) { IssuingBody = body, IssueDate = level == AdministrativeLevel.District && year == 2025 ? new NodaTime.LocalDate(2025, 6, 17) : null };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_draft_without_a_parent_has_no_error_and_no_warning(AdministrativeLevel level, IssuerKind body, int year)
    {
        var draft = PlanDrafter.Draft(RequestFor(level, body, year));

        AssertClean(draft.Plan, null, draft.Text);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_draft_implementing_a_drafted_parent_has_no_error_and_no_warning(AdministrativeLevel level, IssuerKind body, int year)
    {
        if (level == AdministrativeLevel.Central)
        {
            return;
        }

        var parentLevel = level switch
        {
            AdministrativeLevel.Province => AdministrativeLevel.Central,
            AdministrativeLevel.District => AdministrativeLevel.Province,
            _ => year < 2025 || (year == 2025 && false) ? AdministrativeLevel.District : AdministrativeLevel.Province,
        };
        var parent = PlanDrafter.Draft(new PlanDraftRequest(UnitFor(parentLevel), parentLevel, year) { Number = 118, IssueDate = new NodaTime.LocalDate(year, 6, 1) }).Plan;

        var draft = PlanDrafter.Draft(RequestFor(level, body, year) with { Parent = parent, IssueDate = null });

        AssertClean(draft.Plan, parent, draft.Text);
    }

    private static void AssertClean(FestivalPlan plan, FestivalPlan? parent, string text)
    {
        var report = Validator.Check(plan, parent);
        var bad = report.Findings.Where(f => f.Severity != FindingSeverity.Info).ToList();
        Assert.True(bad.Count == 0, string.Join("\n", bad.Select(f => f.ToString() + " | " + f.Excerpt)) + "\n----\n" + text);
    }
}
