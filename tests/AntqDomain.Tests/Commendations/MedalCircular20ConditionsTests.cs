using AntqDomain.Commendations;
using NodaTime;

namespace AntqDomain.Tests.Commendations;

/// <summary>
/// The medal's conditions that Circular 20/2025/TT-BCA added from 2025-04-28: leaders' posts from a division or board
/// upward, service counted from the end of a disciplinary measure, team members rated as completing the tasks well,
/// and hardship areas counted double for team members only.
/// </summary>
public class MedalCircular20ConditionsTests
{
    private static readonly LocalDate UnderCircular20 = new(2025, 8, 1);
    private static readonly LocalDate UnderCircular11 = new(2025, 4, 27);

    private static AwardProposal Leader(LocalDate on, params ServicePeriod[] service)
    {
        var l = Proposals.LeaderMedal();
        return l with { Date = on, Nominee = l.Nominee with { Service = [.. service] } };
    }

    [Fact]
    public void Hardship_years_count_double_for_a_team_member_but_not_for_a_leader()
    {
        var g = Proposals.GrassrootsMedal();
        var member = g with { Nominee = g.Nominee with { Service = [new ServicePeriod(ServiceRole.GrassrootsForce, new LocalDate(2017, 7, 1), Hardship: true)] } };
        Assert.DoesNotContain("ANTQ602", Proposals.Codes(member));

        var leader = Leader(UnderCircular20, new ServicePeriod(ServiceRole.Leader, new LocalDate(2019, 7, 1), Hardship: true, Post: "Chủ tịch UBND xã"));
        var f = Assert.Single(Proposals.Validator.Check(leader).Findings, f => f.Code.Value == "ANTQ602");
        Assert.Contains("10 years", f.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_village_heads_years_do_not_count_as_a_leaders_tenure_under_circular_20_and_the_finding_says_why()
    {
        var p = Leader(UnderCircular20,
            new ServicePeriod(ServiceRole.Leader, new LocalDate(2011, 1, 1), new LocalDate(2017, 12, 31), Post: "Trưởng thôn Đông"),
            new ServicePeriod(ServiceRole.Leader, new LocalDate(2018, 1, 1), Post: "Chủ tịch UBND xã"));
        var f = Assert.Single(Proposals.Validator.Check(p).Findings, f => f.Code.Value == "ANTQ602");
        Assert.Contains("below a division or board", f.MessageEn, StringComparison.Ordinal);

        var division = Leader(UnderCircular20,
            new ServicePeriod(ServiceRole.Leader, new LocalDate(2011, 1, 1), new LocalDate(2017, 12, 31), Post: "Trưởng phòng Tư pháp"),
            new ServicePeriod(ServiceRole.Leader, new LocalDate(2018, 1, 1), Post: "Chủ tịch UBND xã"));
        Assert.DoesNotContain("ANTQ602", Proposals.Codes(division));
    }

    [Fact]
    public void The_flag_marks_a_post_below_a_division_that_its_text_does_not_reveal()
    {
        var p = Leader(UnderCircular20, new ServicePeriod(ServiceRole.Leader, new LocalDate(2012, 1, 1), Post: "Trưởng bản Nà Hang", BelowDivisionLevel: true));
        Assert.Contains("ANTQ602", Proposals.Codes(p));
        Assert.True(p.Nominee.Service[0].IsBelowDivisionLevel);
    }

    [Fact]
    public void Under_circular_11_every_leading_post_counts()
    {
        var p = Leader(UnderCircular11,
            new ServicePeriod(ServiceRole.Leader, new LocalDate(2016, 1, 1), new LocalDate(2019, 12, 31), Post: "Trưởng thôn Đông"),
            new ServicePeriod(ServiceRole.Leader, new LocalDate(2020, 1, 1), new LocalDate(2021, 12, 31), Post: "Chủ tịch UBND xã"));
        Assert.DoesNotContain("ANTQ602", Proposals.Codes(p));
    }

    [Theory]
    [InlineData(2025, 8, 1, true)]
    [InlineData(2025, 4, 27, false)]
    public void From_circular_20_service_counts_from_the_end_of_a_disciplinary_measure(int y, int m, int d, bool reported)
    {
        var g = Proposals.GrassrootsMedal(new LocalDate(y, m, d));
        var p = g with { Nominee = g.Nominee with { DisciplineEndedOn = new LocalDate(2015, 12, 31) } };
        var findings = Proposals.Validator.Check(p).Findings.Where(f => f.Code.Value == "ANTQ602").ToList();
        Assert.Equal(reported, findings.Count == 1);
        if (reported)
        {
            Assert.Contains("after the disciplinary measure ended", findings[0].MessageEn, StringComparison.Ordinal);
            Assert.Contains("2016", findings[0].MessageEn, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(false, 2025, 8, 1, true)]
    [InlineData(true, 2025, 8, 1, false)]
    [InlineData(null, 2025, 8, 1, false)]
    [InlineData(false, 2025, 4, 27, false)]
    public void A_team_member_not_rated_as_completing_the_tasks_well_cannot_receive_the_medal_from_circular_20(bool? rated, int y, int m, int d, bool reported)
    {
        var g = Proposals.GrassrootsMedal(new LocalDate(y, m, d));
        var p = g with { Nominee = g.Nominee with { CompletedTasksWell = rated } };
        Assert.Equal(reported, Proposals.Codes(p).Contains("ANTQ611"));
    }

    [Fact]
    public void The_rating_and_the_discipline_end_are_read_from_json()
    {
        const string json = "{\"kind\":\"awardProposal\",\"nominee\":{\"name\":\"Nguyễn Văn Bình\",\"sex\":\"Male\",\"completedTasksWell\":false,\"disciplineEndedOn\":\"2015-12-31\",\"service\":[{\"role\":\"GrassrootsForce\",\"from\":\"2009-07-01\",\"post\":\"Tổ trưởng Tổ bảo vệ ANTT\"}]},\"form\":\"CommemorativeMedal\",\"authority\":\"MinisterOfPublicSecurity\",\"proposedOn\":\"2025-08-01\"}";
        var read = AntqDomain.Serialization.SubjectJson.Read(json);
        Assert.True(read.Success, string.Join("; ", read.Diagnostics.Select(x => x.MessageEn)));
        var codes = Proposals.Validator.Check(read.AwardProposal!).Findings.Select(f => f.Code.Value).ToList();
        Assert.Contains("ANTQ611", codes);
        Assert.Contains("ANTQ602", codes);
    }
}
