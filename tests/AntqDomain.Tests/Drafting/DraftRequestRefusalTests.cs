using AntqDomain.Administration;
using AntqDomain.Drafting;
using AntqDomain.Plans;
using NodaTime;

namespace AntqDomain.Tests.Drafting;

/// <summary>A draft that could not exist on its date is refused with a typed error saying why, never written.</summary>
public class DraftRequestRefusalTests
{
    public static TheoryData<string, AdministrativeLevel, int, string> Impossible() => new()
    {
        { "huyện Bắc Sơn", AdministrativeLevel.District, 2026, "district level was abolished" },
        { "thị trấn Đồng Mỏ", AdministrativeLevel.Commune, 2026, "township" },
        { "đặc khu Phú Quốc", AdministrativeLevel.Commune, 2024, "special zone" },
        { "tỉnh Hà Giang", AdministrativeLevel.Province, 2026, "merged into Tuyên Quang" },
        { "xã Đồng Tâm", AdministrativeLevel.Province, 2026, "not a unit of the province level" },
        { "Đồng Tâm", AdministrativeLevel.Commune, 2026, "must start with its type" },
        { "xã Đồng Tâm", AdministrativeLevel.Commune, 2004, "from 2005" },
        { "xã Đồng Tâm", AdministrativeLevel.Sector, 2026, "central, province, district or commune" },
    };

    [Theory]
    [MemberData(nameof(Impossible))]
    public void An_impossible_unit_level_or_year_is_refused(string unit, AdministrativeLevel level, int year, string reason)
    {
        var ex = Assert.Throws<DraftRequestException>(() => PlanDrafter.Draft(new PlanDraftRequest(unit, level, year)));

        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void There_is_no_Peoples_Committee_at_central_level()
        => Assert.Throws<DraftRequestException>(() => PlanDrafter.Draft(new PlanDraftRequest(string.Empty, AdministrativeLevel.Central, 2026) { IssuingBody = IssuerKind.PeoplesCommittee }));

    [Theory]
    [InlineData(2025, 8, 1)]
    [InlineData(2026, 8, 20)]
    public void An_issue_date_outside_the_festival_year_or_after_its_day_is_refused(int y, int m, int d)
        => Assert.Throws<DraftRequestException>(() => PlanDrafter.Draft(new PlanDraftRequest("xã Đồng Tâm", AdministrativeLevel.Commune, 2026) { IssueDate = new LocalDate(y, m, d) }));

    [Fact]
    public void A_draft_dated_before_its_parent_is_refused()
    {
        var parent = PlanDrafter.Draft(new PlanDraftRequest("tỉnh Tuyên Quang", AdministrativeLevel.Province, 2026) { IssueDate = new LocalDate(2026, 6, 10) }).Plan;

        var ex = Assert.Throws<DraftRequestException>(() => PlanDrafter.Draft(new PlanDraftRequest("xã Đồng Tâm", AdministrativeLevel.Commune, 2026) { Parent = parent, IssueDate = new LocalDate(2026, 6, 9) }));

        Assert.Contains("before the plan it implements", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parent_for_another_year_is_refused()
    {
        var parent = PlanDrafter.Draft(new PlanDraftRequest("tỉnh Tuyên Quang", AdministrativeLevel.Province, 2025)).Plan;

        Assert.Throws<DraftRequestException>(() => PlanDrafter.Draft(new PlanDraftRequest("xã Đồng Tâm", AdministrativeLevel.Commune, 2026) { Parent = parent }));
    }

    [Fact]
    public void A_district_plan_dated_before_the_reform_is_drafted()
    {
        var plan = PlanDrafter.Draft(new PlanDraftRequest("huyện Bắc Sơn", AdministrativeLevel.District, 2025) { IssueDate = new LocalDate(2025, 6, 30) }).Plan;

        Assert.Equal(AdministrativeLevel.District, plan.Issuer.Level);
    }
}
