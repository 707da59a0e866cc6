using AntqDomain.Plans;
using AntqDomain.Reading;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Reading;

/// <summary>
/// The ceremony programme is read however it is written: numbered on the heading's line ("(1) … (2) …"), separated by
/// semicolons on that line, or one step per line. Each step keeps its text without the spaces and closing punctuation
/// around it, and its location points at exactly that text in the source.
/// </summary>
public class CeremonyStepReadingTests
{
    private const string Heading = "- Phần lễ: (1) Văn nghệ chào mừng (nếu có); (2) Chào cờ;";

    /// <summary>The example's programme line.</summary>
    private static string ProgrammeLine => Examples.CleanProvincePlanText.Split('\n').First(l => l.StartsWith("- Phần lễ:", StringComparison.Ordinal)).TrimEnd('\r');

    private static (FestivalPlan Plan, string[] Lines) Read(string ceremony)
    {
        string text = Examples.CleanWith(ProgrammeLine, ceremony);
        return (PlanTextReader.Default.Read(text).Plan!, text.Split('\n'));
    }

    private static void AssertPointsAtItsText(CeremonyStep step, string[] lines)
    {
        var at = step.Text.At!;
        Assert.Equal(step.Text.Text, lines[at.Line!.Value - 1].Substring(at.Column!.Value - 1, at.Length!.Value));
    }

    public static TheoryData<string, string[]> Layouts() => new()
    {
        { "- Phần lễ: (1) Chào cờ; (2) Tuyên bố lý do , giới thiệu đại biểu ; (3)  Bế mạc.", ["Chào cờ", "Tuyên bố lý do , giới thiệu đại biểu", "Bế mạc"] },
        { "- Phần lễ:  Chào cờ;   Diễn văn khai mạc ;Trao thưởng (nếu có);; Bế mạc.  ", ["Chào cờ", "Diễn văn khai mạc", "Trao thưởng (nếu có)", "Bế mạc"] },
        { "- Phần lễ:\n+ Chào cờ;\n+ Diễn văn khai mạc,\n+ Bế mạc.", ["Chào cờ", "Diễn văn khai mạc", "Bế mạc"] },
        { "- Phần lễ (thời gian: 7h30 ngày 12/8/2026)\n+ 7h30: Chào cờ;\n+ 7h40: Diễn văn khai mạc;\n+ 8h30: Bế mạc.", ["7h30: Chào cờ", "7h40: Diễn văn khai mạc", "8h30: Bế mạc"] },
        { "- Phần lễ (thời gian: 7h30 ngày 12/8/2026):\n+ Chào cờ;\n+ Diễn văn khai mạc;\n+ Bế mạc.", ["Chào cờ", "Diễn văn khai mạc", "Bế mạc"] },
        { "- Phần lễ (khoảng 60 phút): Chào cờ; Diễn văn khai mạc; Bế mạc.", ["Chào cờ", "Diễn văn khai mạc", "Bế mạc"] },
        { "- Phần lễ gồm các nội dung sau:\n+ Chào cờ;\n+ Diễn văn khai mạc;\n+ Bế mạc.", ["Chào cờ", "Diễn văn khai mạc", "Bế mạc"] },
        { "- Phần lễ gồm: Chào cờ; Diễn văn khai mạc; Bế mạc.", ["Chào cờ", "Diễn văn khai mạc", "Bế mạc"] },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Each_step_is_read_trimmed_and_points_at_its_text(string ceremony, string[] expected)
    {
        var (plan, lines) = Read(ceremony);

        var steps = plan.Ceremony!.Steps;
        Assert.Equal(expected, steps.Select(s => s.Text.Text).ToArray());
        Assert.All(steps, s => AssertPointsAtItsText(s, lines));
        Assert.Equal(CeremonyStepKind.Closing, steps[^1].Kind);
    }

    [Theory]
    [InlineData("Bế mạc")]
    [InlineData("Kết thúc chương trình")]
    [InlineData("Bế mạc, kết thúc chương trình")]
    public void A_programme_ending_with_its_closing_in_any_usual_wording_draws_no_finding(string closing)
    {
        string line = ProgrammeLine;
        Assert.EndsWith("(12) Bế mạc.", line, StringComparison.Ordinal);
        var (plan, _) = Read(line.Replace("(12) Bế mạc.", $"(12) {closing}.", StringComparison.Ordinal));

        Assert.Equal(CeremonyStepKind.Closing, plan.Ceremony!.Steps[^1].Kind);
        Assert.Empty(new AntqDomain.Rules.PlanValidator().Check(plan).Findings);
    }

    [Fact]
    public void A_programme_in_other_usual_wordings_of_each_step_draws_no_finding()
    {
        // The same steps as the example's, each worded as other plans word it.
        const string Programme = "- Phần lễ: (1) Nghi thức chào cờ; (2) Giới thiệu thành phần đại biểu tham dự; (3) Thông qua chương trình buổi lễ; "
            + "(4) Báo cáo kết quả phong trào toàn dân bảo vệ an ninh Tổ quốc năm qua; (5) Trao đổi kinh nghiệm xây dựng mô hình; "
            + "(6) Trao giấy khen cho các tập thể, cá nhân tiêu biểu; (7) Lãnh đạo Công an tỉnh phát biểu chỉ đạo; "
            + "(8) Lãnh đạo xã phát biểu tiếp thu ý kiến chỉ đạo; (9) Ký cam kết giữ gìn an ninh trật tự (nếu có); (10) Kết thúc chương trình.";
        var (plan, _) = Read(Programme);

        Assert.Equal(
            [
                CeremonyStepKind.FlagSalute, CeremonyStepKind.Introduction, CeremonyStepKind.Programme, CeremonyStepKind.OpeningSpeech,
                CeremonyStepKind.Discussion, CeremonyStepKind.Awards, CeremonyStepKind.SuperiorSpeech, CeremonyStepKind.HostReply,
                CeremonyStepKind.PledgeSigning, CeremonyStepKind.Closing,
            ],
            plan.Ceremony!.Steps.Select(s => s.Kind));

        // Only the remark that optional steps were left out (welcome performance, launch of a model).
        Assert.Equal(["ANTQ405"], new AntqDomain.Rules.PlanValidator().Check(plan).Findings.Select(f => f.Code.Value));
    }

    [Fact]
    public void A_step_marked_if_any_is_optional_and_the_others_are_not()
    {
        var (plan, _) = Read(Heading);

        Assert.Equal([true, false], plan.Ceremony!.Steps.Select(s => s.Optional).ToArray());
    }

    [Fact]
    public void A_heading_without_steps_after_its_colon_takes_the_lines_below()
    {
        var (plan, _) = Read("- Phần lễ:   \n+ Chào cờ;\n+ Bế mạc.");

        Assert.Equal(["Chào cờ", "Bế mạc"], plan.Ceremony!.Steps.Select(s => s.Text.Text).ToArray());
    }
}
