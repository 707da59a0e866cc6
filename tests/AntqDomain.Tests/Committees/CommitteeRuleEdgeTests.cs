using AntqDomain.Administration;
using AntqDomain.Committees;
using AntqDomain.Rules;
using NodaTime;

namespace AntqDomain.Tests.Committees;

/// <summary>
/// The committee rules at their edges: two heads at once, a missing standing deputy, a deputy who is not the head of
/// the police, an unnamed standing agency, a central committee's name, and posts that ended with the 2025 reform
/// (the day before and the day of 1 July 2025, towns, cities, former provinces, members no longer serving).
/// </summary>
public class CommitteeRuleEdgeTests
{
    private static readonly CommitteeValidator Validator = new();
    private static readonly LocalDate On = new(2026, 6, 5);

    private static SteeringCommittee Example() => CommitteeRulesTests.Example();

    private static SteeringCommittee WithMember(int index, Func<CommitteeMember, CommitteeMember> change)
    {
        var c = Example();
        return c with { Members = c.Members.SetItem(index, change(c.Members[index])) };
    }

    private static Finding[] Findings(SteeringCommittee c, string code, LocalDate? on = null)
        => [.. Validator.Check(c, on ?? On).Findings.Where(f => f.Code.Value == code)];

    [Fact]
    public void Two_heads_serving_at_once_are_counted_in_the_finding()
    {
        var c = Example();
        var twoHeads = c with { Members = c.Members.Add(new CommitteeMember("Phạm Văn Nam", "Chủ tịch UBND tỉnh", CommitteeRole.Head, new LocalDate(2026, 1, 1))) };
        var f = Assert.Single(Findings(twoHeads, "ANTQ951"));
        Assert.Contains("2 heads serving on 5/6/2026", f.MessageEn, StringComparison.Ordinal);
        Assert.Contains("có 2 Trưởng ban cùng đương nhiệm", f.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void A_committee_without_a_serving_standing_deputy_is_told_so()
    {
        var f = Assert.Single(Findings(WithMember(1, m => m with { ServedTo = new LocalDate(2026, 3, 31) }), "ANTQ952"));
        Assert.Contains("no standing deputy serving on 5/6/2026", f.MessageEn, StringComparison.Ordinal);
        Assert.Equal("$.committee.members", f.Location!.Path);
    }

    [Theory]
    [InlineData("Giám đốc Công an tỉnh", false)]
    [InlineData("Thủ trưởng Công an tỉnh", false)]
    [InlineData("Phó Giám đốc Công an tỉnh", true)]
    [InlineData("Trưởng phòng Tư pháp", true)]
    [InlineData("Chỉ huy Công an tỉnh", true)]
    public void The_standing_deputy_must_head_the_police(string position, bool reported)
        => Assert.Equal(reported, Findings(WithMember(1, m => m with { Position = position }), "ANTQ952").Length == 1);

    [Fact]
    public void A_standing_agency_left_out_is_named_as_not_given()
    {
        var f = Assert.Single(Findings(Example() with { StandingAgency = null }, "ANTQ953"));
        Assert.Contains("(không nêu)", f.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void A_central_committee_is_named_for_the_centre()
    {
        var central = Example() with { Level = AdministrativeLevel.Central, Name = "Ban Chỉ đạo thực hiện phong trào toàn dân bảo vệ an ninh Tổ quốc" };
        var f = Assert.Single(Findings(central, "ANTQ954"));
        Assert.Contains("Trung ương", f.MessageEn, StringComparison.Ordinal);
        Assert.Empty(Findings(central with { Name = central.Name + " Trung ương" }, "ANTQ954"));
    }

    [Theory]
    [InlineData("Chủ tịch UBND huyện Yên Sơn", "2025-06-30", false)]
    [InlineData("Chủ tịch UBND huyện Yên Sơn", "2025-07-01", true)]
    [InlineData("Chủ tịch UBND thị trấn Tân Bình", "2025-06-30", false)]
    [InlineData("Chủ tịch UBND thị trấn Tân Bình", "2025-07-01", true)]
    [InlineData("Chủ tịch UBND thành phố Tuyên Quang", "2025-07-01", false)]
    [InlineData("Giám đốc Sở Nội vụ tỉnh Hà Giang", "2025-06-30", false)]
    [InlineData("Giám đốc Sở Nội vụ tỉnh Hà Giang", "2025-07-01", true)]
    [InlineData("Trưởng Công an thị xã Sơn Tây", "2025-03-01", true)]
    [InlineData("Trưởng Công an quận Ba Đình", "2025-03-01", true)]
    [InlineData("Trưởng Công an quản lý hành chính", "2025-07-01", false)]
    [InlineData("Trưởng ban Quản lý các khu công nghiệp", "2025-07-01", false)]
    [InlineData("Truong Cong an quan Ba Dinh", "2025-03-01", true)]
    public void A_post_that_ended_with_the_reform_is_reported_from_its_last_day(string position, string date, bool reported)
    {
        var on = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
        var c = Example() with { Members = [.. Example().Members.Select(m => m with { ServedFrom = new LocalDate(2025, 1, 1) }), new CommitteeMember("Đỗ Văn Hải", position, CommitteeRole.Member, new LocalDate(2025, 1, 1))] };
        var found = Findings(c, "ANTQ956", on);
        Assert.Equal(reported, found.Any(f => f.Location!.Path == "$.committee.members[4].position"));
    }

    [Fact]
    public void A_member_no_longer_serving_is_not_reported_for_a_post_that_ended()
    {
        var c = Example();
        var former = c with { Members = c.Members.Add(new CommitteeMember("Đỗ Văn Hải", "Trưởng Công an huyện Yên Sơn", CommitteeRole.Member, new LocalDate(2024, 1, 1), new LocalDate(2025, 2, 28))) };
        Assert.Empty(Findings(former, "ANTQ956"));
    }

    [Theory]
    [InlineData("chu tich ubnd huyen yen son", AdministrativeLevel.District)]
    [InlineData("huyen yen son", AdministrativeLevel.District)]
    [InlineData("chu tich ubnd xa phuong do", AdministrativeLevel.Commune)]
    [InlineData("chu tich ubnd thanh pho tuyen quang", null)]
    [InlineData("giam doc so xay dung", null)]
    [InlineData("Trưởng ban Quản lý dự án", null)]
    [InlineData("Chủ tịch UBND Quận Ba Đình", AdministrativeLevel.District)]
    public void A_post_names_its_level_by_a_whole_unit_word(string post, AdministrativeLevel? level)
        => Assert.Equal(level, CommitteeRules.PostLevel(post));
}
