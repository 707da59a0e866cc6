using AntqDomain.Plans;
using AntqDomain.Reading;
using AntqDomain.Rules;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Reading;

/// <summary>
/// Many commune plans give the ceremony as a table under "Chương trình Phần lễ:" — a number, the step, who does it (or
/// the time first) — which a copy from Word or a web page keeps as rows of cells apart by tabs. Each row is one step,
/// read from its first cell that is neither the row's number nor its time; the header row and the cells naming who does
/// a step are no steps, so a sound programme so laid out draws no finding about its steps.
/// </summary>
public class ProgrammeTableTests
{
    private static string ProgrammeLine => Examples.CleanProvincePlanText.Split('\n').First(l => l.StartsWith("- Phần lễ:", StringComparison.Ordinal)).TrimEnd('\r');

    private static readonly CeremonyStepKind[] Expected =
    [
        CeremonyStepKind.WelcomePerformance, CeremonyStepKind.FlagSalute, CeremonyStepKind.Introduction, CeremonyStepKind.OpeningSpeech,
        CeremonyStepKind.Awards, CeremonyStepKind.SuperiorSpeech, CeremonyStepKind.HostReply, CeremonyStepKind.Closing,
    ];

    private static readonly string[] StepTexts =
    [
        "Văn nghệ chào mừng", "Chào cờ", "Tuyên bố lý do, giới thiệu đại biểu", "Diễn văn khai mạc, báo cáo kết quả phong trào",
        "Công bố quyết định khen thưởng và trao thưởng", "Phát biểu của lãnh đạo cấp trên", "Phát biểu tiếp thu", "Bế mạc",
    ];

    private static readonly string[] Doers =
    [
        "Đội văn nghệ khu dân cư số 3", "Ban tổ chức", "Văn phòng Ủy ban nhân dân", "Trưởng Công an xã",
        "Ban tổ chức", "Đại biểu cấp trên", "Chủ tịch Ủy ban nhân dân xã", "Ban tổ chức",
    ];

    private static FestivalPlan Read(string programme) => PlanTextReader.Default.Read(Examples.CleanWith(ProgrammeLine, programme)).Plan!;

    private static string Table(Func<int, string> lead, string header)
        => header + "\n" + string.Join('\n', StepTexts.Select((s, k) => lead(k + 1) + s + "\t" + Doers[k]));

    public static TheoryData<string> Layouts() => new()
    {
        { "- Chương trình Phần lễ:\n" + Table(n => n + "\t", "TT\tNội dung\tThực hiện") },
        { "- Chương trình Phần lễ:\n" + Table(n => $"{n:00}.\t", "STT\tNội dung\tNgười thực hiện") },
        { "- Phần lễ:\n" + Table(n => $"{7 + (n / 4)}h{n % 4 * 15:00} - {7 + ((n + 1) / 4)}h{(n + 1) % 4 * 15:00}\t", "Thời gian\tNội dung\tPhụ trách") },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Each_row_is_one_step_read_from_its_content_cell(string programme)
    {
        var plan = Read(programme);

        Assert.Equal(StepTexts, plan.Ceremony!.Steps.Select(s => s.Text.Text).ToArray());
        Assert.Equal(Expected, plan.Ceremony.Steps.Select(s => s.Kind).ToArray());
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_sound_programme_laid_out_as_a_table_draws_no_finding_on_its_steps(string programme)
    {
        var codes = new PlanValidator().Check(Read(programme)).Findings.Select(f => f.Code.Value);

        Assert.DoesNotContain(codes, c => c.StartsWith("ANTQ40", StringComparison.Ordinal) && c != "ANTQ405");
    }

    [Fact]
    public void Steps_on_lines_of_their_own_are_each_still_a_step()
    {
        var plan = Read("- Phần lễ:\n" + string.Join('\n', StepTexts.Select(s => "+ " + s + ";")));

        Assert.Equal(Expected, plan.Ceremony!.Steps.Select(s => s.Kind).ToArray());
    }
}
