using AntqDomain.Administration;
using AntqDomain.Documents;
using AntqDomain.Plans;
using AntqDomain.Rules;
using AntqDomain.Tests.Support;
using NodaTime;

namespace AntqDomain.Tests.Rules;

/// <summary>
/// The cascade rules at their boundaries: the 2025-07-01 reform for communes and districts, a plan issued on the
/// same day as its parent, undated drafts at the ends of the year, windows at the edges of the parent's.
/// </summary>
public class CascadeBoundaryTests
{
    private static readonly PlanValidator Validator = new();

    private static readonly FestivalPlan Clean = Examples.Read(Examples.CleanProvincePlanText);

    private static FestivalPlan Commune(LocalDate issued, AdministrativeLevel parentLevel) => Clean with
    {
        Issuer = new PlanIssuer("BAN CHỈ ĐẠO ANTT XÃ PHƯƠNG ĐỘ", AdministrativeLevel.Commune, UnitType.Commune.Code, IssuerKind.SteeringCommittee),
        Dated = PlaceAndDate.For("Phương Độ", issued),
        Parent = Clean.Parent! with { IssuerLevel = parentLevel, Date = issued.PlusDays(-10) },
        TitleYear = issued.Year,
    };

    private static string[] Codes(FestivalPlan plan, FestivalPlan? parent = null)
        => [.. Validator.Check(plan, parent).Findings.Select(f => f.Code.Value)];

    [Theory]
    [InlineData(2025, 6, 30, false)]
    [InlineData(2025, 7, 1, true)]
    [InlineData(2026, 6, 5, true)]
    public void A_commune_citing_a_district_plan_is_an_error_from_the_first_day_of_two_tiers(int y, int m, int d, bool reported)
    {
        var codes = Codes(Commune(new LocalDate(y, m, d), AdministrativeLevel.District));
        Assert.Equal(reported, codes.Contains("ANTQ509"));
        Assert.DoesNotContain("ANTQ503", codes);
    }

    [Theory]
    [InlineData(AdministrativeLevel.Sector)]
    [InlineData(AdministrativeLevel.Province)]
    public void A_school_may_implement_its_departments_plan_or_the_provinces(AdministrativeLevel parentLevel)
    {
        var plan = Clean with
        {
            Issuer = new PlanIssuer("TRƯỜNG THPT CHU VĂN AN", AdministrativeLevel.Sector, null, IssuerKind.Other),
            Parent = Clean.Parent! with { IssuerLevel = parentLevel },
        };
        Assert.DoesNotContain("ANTQ503", Codes(plan));
    }

    [Theory]
    [InlineData("CÔNG AN TỈNH TUYÊN QUANG", IssuerKind.Police, false)]
    [InlineData("ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG", IssuerKind.PeoplesCommittee, false)]
    [InlineData("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH TUYÊN QUANG", IssuerKind.Other, false)]
    [InlineData("BAN CHỈ ĐẠO 138 TỈNH TUYÊN QUANG", IssuerKind.SteeringCommittee, true)]
    [InlineData("TỈNH TUYÊN QUANG", IssuerKind.Unknown, true)]
    public void An_agency_may_implement_its_own_levels_committee_plan_but_the_committee_should_implement_the_level_above(string issuer, IssuerKind kind, bool reported)
    {
        var plan = Clean with
        {
            Issuer = new PlanIssuer(issuer, AdministrativeLevel.Province, UnitType.Province.Code, kind),
            Parent = Clean.Parent! with { IssuerLevel = AdministrativeLevel.Province },
        };
        Assert.Equal(reported, Codes(plan).Contains("ANTQ503"));
    }

    [Theory]
    [InlineData(2025, 6, 30)]
    [InlineData(2025, 7, 1)]
    public void A_commune_may_implement_the_province_plan_before_and_after_the_reform(int y, int m, int d)
        => Assert.DoesNotContain("ANTQ503", Codes(Commune(new LocalDate(y, m, d), AdministrativeLevel.Province)));

    [Fact]
    public void A_commune_citing_a_central_plan_is_told_which_level_it_should_implement()
    {
        var f = Validator.Check(Commune(new LocalDate(2025, 6, 1), AdministrativeLevel.Central)).Findings.Single(x => x.Code.Value == "ANTQ503");
        Assert.Contains("district-level plan", f.MessageEn, StringComparison.Ordinal);
        var after = Validator.Check(Commune(new LocalDate(2025, 8, 1), AdministrativeLevel.Central)).Findings.Single(x => x.Code.Value == "ANTQ503");
        Assert.Contains("province-level plan", after.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2025, 6, 30, false)]
    [InlineData(2025, 7, 1, true)]
    public void A_district_plan_exists_until_the_day_before_the_reform(int y, int m, int d, bool reported)
    {
        var issued = new LocalDate(y, m, d);
        var plan = Clean with
        {
            Issuer = new PlanIssuer("BAN CHỈ ĐẠO 138 HUYỆN BẮC SƠN", AdministrativeLevel.District, UnitType.RuralDistrict.Code, IssuerKind.SteeringCommittee),
            Dated = PlaceAndDate.For("Bắc Sơn", issued),
            TitleYear = y,
            Parent = Clean.Parent! with { IssuerLevel = AdministrativeLevel.Province, Date = issued.PlusDays(-10) },
        };
        Assert.Equal(reported, Codes(plan).Contains("ANTQ505"));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(-1, true)]
    public void A_plan_may_be_issued_on_the_day_of_its_parent_but_not_before(int days, bool reported)
    {
        var parentDate = Clean.IssueDate!.Value;
        var plan = Clean with { Dated = PlaceAndDate.For("Tuyên Quang", parentDate.PlusDays(days)), Parent = Clean.Parent! with { Date = parentDate } };
        Assert.Equal(reported, Codes(plan).Contains("ANTQ502"));
    }

    [Fact]
    public void The_date_of_the_parent_plan_given_beats_the_date_cited_in_the_basis()
    {
        var parent = Clean with { Dated = PlaceAndDate.For("Hà Nội", Clean.IssueDate!.Value.PlusDays(3)), Issuer = Clean.Issuer with { Level = AdministrativeLevel.Central } };
        Assert.Contains("ANTQ502", Codes(Clean, parent));
    }

    [Theory]
    [InlineData(12, 15, false)]
    [InlineData(1, 15, false)]
    [InlineData(1, 32, true)]
    public void An_undated_draft_counts_as_issued_on_the_last_day_of_its_month(int month, int parentDay, bool reported)
    {
        // A draft "ngày … tháng M năm 2025" can be dated as late as the month's last day.
        var parentDate = new LocalDate(2025, month, 1).PlusDays(parentDay - 1);
        var plan = Clean with { Dated = new PlaceAndDate("Tuyên Quang", null, month, 2025), TitleYear = 2025, Parent = Clean.Parent! with { Date = parentDate } };
        Assert.Equal(reported, Codes(plan).Contains("ANTQ502"));
    }

    [Fact]
    public void A_draft_with_only_a_year_counts_as_issued_on_its_last_day()
    {
        var plan = Clean with { Dated = new PlaceAndDate("Tuyên Quang", null, null, 2025), TitleYear = 2025, Parent = Clean.Parent! with { Date = new LocalDate(2025, 12, 31) } };
        Assert.DoesNotContain("ANTQ502", Codes(plan));
        Assert.Contains("ANTQ502", Codes(plan with { Parent = Clean.Parent! with { Date = new LocalDate(2026, 1, 1) } }));
    }

    [Theory]
    [InlineData(0, 0, false)]
    [InlineData(0, 1, true)]
    [InlineData(-1, 0, true)]
    public void A_window_must_sit_inside_the_parent_window_ends_included(int startShift, int endShift, bool reported)
    {
        var w = Clean.Window!;
        var parent = Clean with { Window = w with { Start = w.Start!.Value.PlusDays(-startShift), End = w.End!.Value.PlusDays(-endShift) } };
        Assert.Equal(reported, Codes(Clean, parent).Contains("ANTQ504"));
    }

    [Fact]
    public void An_education_institution_may_start_before_the_parent_window_but_not_end_after_it()
    {
        var w = Clean.Window!;
        var parent = Clean with { Window = w with { Start = w.Start!.Value.PlusDays(30) } };
        var school = Clean with { Issuer = new PlanIssuer("TRƯỜNG THPT CHU VĂN AN", AdministrativeLevel.Sector, null, IssuerKind.Other) };
        Assert.DoesNotContain("ANTQ504", Codes(school, parent));
        Assert.Contains("ANTQ504", Codes(Clean, parent));
        var lateParent = Clean with { Window = w with { End = w.End!.Value.PlusDays(-1) } };
        Assert.Contains("ANTQ504", Codes(school, lateParent));
    }

    [Fact]
    public void A_steering_committee_plan_without_a_number_is_judged_by_its_issuer_for_the_signature()
    {
        var plan = Clean with
        {
            NumberText = null,
            Signature = new SignatureBlock([new PlanText("TM. ỦY BAN NHÂN DÂN"), new PlanText("CHỦ TỊCH")], new PlanText("Nguyễn Văn Minh")),
        };
        var f = Validator.Check(plan).Findings.Single(x => x.Code.Value == "ANTQ506");
        Assert.Contains("steering-committee plan", f.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_with_a_month_that_does_not_exist_counts_as_issued_at_the_end_of_its_year()
    {
        var plan = Clean with { Dated = new PlaceAndDate("Tuyên Quang", null, 13, 2025), TitleYear = 2025, Parent = Clean.Parent! with { Date = new LocalDate(2025, 12, 31) } };
        Assert.DoesNotContain("ANTQ502", Codes(plan));
    }

    [Fact]
    public void The_message_of_a_plan_dated_before_its_parent_names_both_dates()
    {
        var plan = Clean with { Parent = Clean.Parent! with { Date = Clean.IssueDate!.Value.PlusDays(1) } };
        var f = Validator.Check(plan).Findings.Single(x => x.Code.Value == "ANTQ502");
        Assert.Contains(Clean.Dated!.ToString(), f.MessageVi, StringComparison.Ordinal);
        Assert.Contains("6/6/2026", f.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parent_plan_of_unknown_level_falls_back_to_the_level_named_in_the_basis()
    {
        var parent = Clean with { Issuer = Clean.Issuer with { Level = AdministrativeLevel.Unknown } };
        var plan = Commune(new LocalDate(2026, 6, 5), AdministrativeLevel.District);
        Assert.Contains("ANTQ509", Codes(plan, parent));
        Assert.DoesNotContain("ANTQ509", Codes(Commune(new LocalDate(2026, 6, 5), AdministrativeLevel.Unknown), parent));
    }

    [Fact]
    public void The_number_decides_which_signature_is_expected_even_against_the_header()
    {
        var plan = Clean with { NumberText = "214/KH-UBND" };
        var f = Validator.Check(plan).Findings.Single(x => x.Code.Value == "ANTQ506");
        Assert.Contains("People's Committee plan", f.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_peoples_committee_number_asks_for_the_peoples_committee_signature()
    {
        var plan = Clean with { NumberText = "214/KH-UBND", Issuer = Clean.Issuer with { Kind = IssuerKind.PeoplesCommittee } };
        var f = Validator.Check(plan).Findings.Single(x => x.Code.Value == "ANTQ506");
        Assert.Contains("People's Committee plan", f.MessageEn, StringComparison.Ordinal);
    }
}
