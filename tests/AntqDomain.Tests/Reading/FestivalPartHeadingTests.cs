using AntqDomain.Plans;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Reading;

/// <summary>
/// The festival part (<em>Phần hội</em>) is found under the headings plans give it — with a colon, with a note in
/// brackets that has a colon of its own ("Phần hội (từ 9h00: …)"), or introducing its list ("Phần hội gồm các hoạt
/// động:") — and its activities are read from the lines below it or from the heading's own line.
/// </summary>
public class FestivalPartHeadingTests
{
    private const string Heading = "- Phần hội:";

    private static FestivalPlan ReadWithHeading(string heading)
    {
        Assert.Contains(Heading + "\n", Examples.CleanProvincePlanText.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        return Examples.Read(Examples.CleanWith(Heading, heading));
    }

    [Theory]
    [InlineData("- Phần hội:")]
    [InlineData("- Phần hội (thời gian: từ 9h00 đến 11h00)")]
    [InlineData("- Phần hội (thời gian: từ 9h00 đến 11h00):")]
    [InlineData("- Phần hội gồm các hoạt động sau:")]
    [InlineData("- Phần hội bao gồm:")]
    public void The_activities_below_the_heading_are_read(string heading)
    {
        var plan = ReadWithHeading(heading);

        Assert.True(plan.HasFestivalPart);
        Assert.Equal(ReadWithHeading(Heading).FestivalActivities.Select(a => a.Text.Text), plan.FestivalActivities.Select(a => a.Text.Text));
        Assert.Contains(plan.FestivalActivities, a => a.Kinds.Contains(FestivalActivityKind.PoliceListenForum));
    }

    [Fact]
    public void A_note_in_brackets_is_not_read_as_an_activity_but_the_text_after_the_colon_is()
    {
        var plan = ReadWithHeading("- Phần hội (từ 9h00): hội thi tìm hiểu pháp luật.");

        Assert.Equal("hội thi tìm hiểu pháp luật.", plan.FestivalActivities[0].Text.Text);
        Assert.Contains(FestivalActivityKind.LawQuiz, plan.FestivalActivities[0].Kinds);
    }

    [Theory]
    [InlineData("- Phần hội: thi đấu bóng chuyền, kéo co; khám bệnh, cấp thuốc miễn phí.\n- Tổ chức văn nghệ tại nhà văn hóa.")]
    [InlineData("- Phần hội:\n+ Thi đấu bóng chuyền, kéo co.\n+ Khám bệnh, cấp thuốc miễn phí.\n- Kinh phí: ngân sách xã.")]
    public void The_part_ends_at_the_next_statement_of_the_plan(string part)
    {
        var plan = ReadWithHeading(part);

        Assert.DoesNotContain(plan.FestivalActivities, a => a.Text.Text.Contains("Kinh phí", StringComparison.Ordinal) || a.Text.Text.Contains("nhà văn hóa", StringComparison.Ordinal));
        Assert.Contains(plan.FestivalActivities, a => a.Kinds.Contains(FestivalActivityKind.MedicalCheck));
    }

    [Theory]
    [InlineData("- Phần hội:\n- Thi đấu bóng chuyền, kéo co.\n- Khám bệnh, cấp thuốc miễn phí.")]
    [InlineData("- Phần hội:\n+ Địa điểm: sân vận động xã.\n+ Khám bệnh, cấp thuốc miễn phí.")]
    public void Activities_listed_at_the_headings_level_or_under_a_statement_of_the_parts_own_are_still_the_parts(string part)
    {
        var plan = ReadWithHeading(part);

        Assert.Contains(plan.FestivalActivities, a => a.Kinds.Contains(FestivalActivityKind.MedicalCheck));
    }
}
