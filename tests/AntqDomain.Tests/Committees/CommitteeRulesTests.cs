using AntqDomain.Administration;
using AntqDomain.Committees;
using AntqDomain.Rules;
using AntqDomain.Serialization;
using AntqDomain.Tests.Support;
using NodaTime;

namespace AntqDomain.Tests.Committees;

/// <summary>Each committee rule fires alone on the sound example changed by one defect; the example is silent.</summary>
public class CommitteeRulesTests
{
    private static readonly CommitteeValidator Validator = new();
    private static readonly LocalDate On = new(2026, 6, 5);

    internal static SteeringCommittee Example()
        => SubjectJson.Read(File.ReadAllText(Repo.PathOf("docs", "examples", "committee-province-2026.json"))).Committee!.Committee;

    private static SteeringCommittee WithMember(int index, Func<CommitteeMember, CommitteeMember> change)
    {
        var c = Example();
        return c with { Members = c.Members.SetItem(index, change(c.Members[index])) };
    }

    public static TheoryData<string, string> Defects() => new()
    {
        { "ANTQ951", "head is a department director" },
        { "ANTQ951", "head chairs another level" },
        { "ANTQ951", "no head serving" },
        { "ANTQ952", "standing deputy is a deputy director" },
        { "ANTQ953", "standing agency is the home-affairs department" },
        { "ANTQ954", "name is not a committee's" },
        { "ANTQ954", "name of another level" },
        { "ANTQ955", "district committee in 2026" },
        { "ANTQ956", "member from the district police" },
    };

    private static (SteeringCommittee Committee, LocalDate On) Defective(string defect) => defect switch
    {
        "head is a department director" => (WithMember(0, m => m with { Position = "Giám đốc Sở Tư pháp" }), On),
        "head chairs another level" => (WithMember(0, m => m with { Position = "Chủ tịch UBND xã Phương Độ" }), On),
        "no head serving" => (WithMember(0, m => m with { ServedTo = new LocalDate(2026, 1, 31) }), On),
        "standing deputy is a deputy director" => (WithMember(1, m => m with { Position = "Phó Giám đốc Công an tỉnh" }), On),
        "standing agency is the home-affairs department" => (Example() with { StandingAgency = "Sở Nội vụ" }, On),
        "name is not a committee's" => (Example() with { Name = "Hội đồng Thi đua tỉnh Tuyên Quang" }, On),
        "name of another level" => (Example() with { Name = "Ban Chỉ đạo 138 xã Phương Độ" }, On),
        "district committee in 2026" => (Example() with
        {
            Level = AdministrativeLevel.District,
            Name = "Ban Chỉ đạo 138 huyện Yên Sơn",
            StandingAgency = "Công an",
            Members = [new CommitteeMember("A", "Chủ tịch UBND", CommitteeRole.Head), new CommitteeMember("B", "Trưởng Công an", CommitteeRole.StandingDeputy)],
        }, On),
        "member from the district police" => (WithMember(3, m => m with { Position = "Trưởng Công an huyện Yên Sơn" }), On),
        _ => throw new ArgumentOutOfRangeException(nameof(defect)),
    };

    [Fact]
    public void The_sound_committee_has_no_finding()
        => Assert.Empty(Validator.Check(Example(), On).Findings);

    [Theory]
    [MemberData(nameof(Defects))]
    public void The_rule_fires_alone_on_its_defect(string code, string defect)
    {
        var (committee, on) = Defective(defect);

        Assert.Equal([code], Validator.Check(committee, on).Findings.Select(f => f.Code.Value).Distinct());
    }

    [Fact]
    public void Every_committee_rule_has_a_defect_case()
        => Assert.Equal(
            RuleCatalogue.Default.For(RuleSubject.SteeringCommittee).Select(r => r.Code.Value).Order(),
            Defects().Select(d => (string)d[0]).Distinct().Order());

    [Fact]
    public void A_district_committee_before_the_reform_is_sound()
    {
        var district = new SteeringCommittee("Ban Chỉ đạo 138 huyện Bắc Sơn", AdministrativeLevel.District, "huyện Bắc Sơn",
            [new CommitteeMember("A", "Chủ tịch UBND huyện", CommitteeRole.Head), new CommitteeMember("B", "Trưởng Công an huyện", CommitteeRole.StandingDeputy)], "Công an huyện");

        Assert.Empty(Validator.Check(district, new LocalDate(2024, 5, 1)).Findings);
    }

    [Fact]
    public void A_committee_survives_a_JSON_round_trip()
    {
        var assessment = new CommitteeAssessment(Example(), On);

        string json = SubjectJson.Write(assessment);

        Assert.Equal(assessment, SubjectJson.Read(json).Committee);
    }
}
