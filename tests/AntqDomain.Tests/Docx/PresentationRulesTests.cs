using AntqDomain.Administration;
using AntqDomain.Docx;
using AntqDomain.Drafting;
using AntqDomain.Rules;
using AntqDomain.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NodaTime;

namespace AntqDomain.Tests.Docx;

/// <summary>
/// The presentation rules of Phụ lục I on Word files: a drafted plan meets every one; each rule fires alone on the
/// drafted file changed by one defect; a file made without care (no fonts, no margins) is told what is wrong.
/// </summary>
public class PresentationRulesTests
{
    private static readonly LocalDate On = new(2026, 6, 5);

    private static byte[] Drafted() => DocxPlanWriter.Write(PlanDrafter.Draft(new PlanDraftRequest("tỉnh Tuyên Quang", AdministrativeLevel.Province, 2026) { IssueDate = On }).Plan);

    private static byte[] Edit(byte[] file, Action<MainDocumentPart> edit)
    {
        using var memory = new MemoryStream();
        memory.Write(file);
        using (var doc = WordprocessingDocument.Open(memory, true))
        {
            edit(doc.MainDocumentPart!);
            doc.MainDocumentPart!.Document.Save();
        }

        return memory.ToArray();
    }

    private static Paragraph Find(MainDocumentPart main, string text)
        => main.Document.Body!.Descendants<Paragraph>().First(p => p.InnerText == text);

    private static void Direct(Paragraph p, Action<RunProperties> change)
    {
        foreach (var r in p.Elements<Run>())
        {
            change(r.RunProperties ??= new RunProperties());
        }
    }

    public static TheoryData<string, string> Defects() => new()
    {
        { "ANTQ121", "letter paper" },
        { "ANTQ122", "top margin 15 mm" },
        { "ANTQ123", "left margin 20 mm" },
        { "ANTQ124", "right margin 30 mm" },
        { "ANTQ125", "body in Arial" },
        { "ANTQ126", "TCVN3 font" },
        { "ANTQ127", "red text" },
        { "ANTQ128", "no first-page header" },
        { "ANTQ131", "motto misworded" },
        { "ANTQ132", "national name not bold" },
        { "ANTQ133", "issuing body not bold" },
        { "ANTQ134", "Số line bold" },
        { "ANTQ135", "date upright" },
        { "ANTQ136", "KẾ HOẠCH left aligned" },
        { "ANTQ137", "body left aligned" },
        { "ANTQ138", "recipients at 14 pt" },
        { "ANTQ139", "name right after the title" },
        { "ANTQ129", "motto not underlined" },
        { "ANTQ140", "body without a gap" },
        { "ANTQ141", "part heading not bold" },
        { "ANTQ142", "Kính gửi block" },
        { "ANTQ143", "annex without its own section" },
    };

    private static byte[] Defective(string defect) => Edit(Drafted(), main =>
    {
        var body = main.Document.Body!;
        var section = body.Elements<SectionProperties>().Single();
        switch (defect)
        {
            case "letter paper": section.GetFirstChild<PageSize>()!.Width = 12240; section.GetFirstChild<PageSize>()!.Height = 15840; break;
            case "top margin 15 mm": section.GetFirstChild<PageMargin>()!.Top = 850; break;
            case "left margin 20 mm": section.GetFirstChild<PageMargin>()!.Left = 1134; break;
            case "right margin 30 mm": section.GetFirstChild<PageMargin>()!.Right = 1701; break;
            case "body in Arial": Direct(body.Elements<Paragraph>().First(p => p.InnerText.StartsWith("Thực hiện", StringComparison.Ordinal)), r => r.RunFonts = new RunFonts { Ascii = "Arial", HighAnsi = "Arial" }); break;
            case "TCVN3 font": Direct(body.Elements<Paragraph>().First(p => p.InnerText.StartsWith("Thực hiện", StringComparison.Ordinal)), r => r.RunFonts = new RunFonts { Ascii = ".VnTime", HighAnsi = ".VnTime" }); break;
            case "red text": Direct(body.Elements<Paragraph>().First(p => p.InnerText.StartsWith("Thực hiện", StringComparison.Ordinal)), r => r.Color = new Color { Val = "FF0000" }); break;
            case "no first-page header": section.RemoveAllChildren<TitlePage>(); break;
            case "motto misworded": Find(main, "Độc lập - Tự do - Hạnh phúc").Elements<Run>().First().GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.Text>()!.Text = "Độc lập – Tự do – Hạnh phúc"; break;
            case "national name not bold": Direct(Find(main, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), r => r.RemoveAllChildren<Bold>()); break;
            case "issuing body not bold": Direct(Find(main, "BAN CHỈ ĐẠO 138"), r => r.RemoveAllChildren<Bold>()); break;
            case "Số line bold": Direct(body.Descendants<Paragraph>().First(p => p.InnerText.StartsWith("Số:", StringComparison.Ordinal)), r => r.Bold = new Bold()); break;
            case "date upright": Direct(body.Descendants<Paragraph>().First(p => p.InnerText.Contains(", ngày", StringComparison.Ordinal)), r => r.RemoveAllChildren<Italic>()); break;
            case "KẾ HOẠCH left aligned": Find(main, "KẾ HOẠCH").ParagraphProperties!.Justification!.Val = JustificationValues.Left; break;
            case "body left aligned": body.Elements<Paragraph>().First(p => p.InnerText.StartsWith("Thực hiện", StringComparison.Ordinal)).ParagraphProperties!.Justification!.Val = JustificationValues.Left; break;
            case "recipients at 14 pt": Direct(body.Descendants<Paragraph>().First(p => p.InnerText.StartsWith("- Lưu", StringComparison.Ordinal)), r => r.FontSize = new FontSize { Val = "28" }); break;
            case "name right after the title":
                foreach (var empty in body.Descendants<TableCell>().Last().Elements<Paragraph>().Where(p => p.InnerText.Length == 0).ToList())
                {
                    empty.Remove();
                }

                break;
            case "motto not underlined": Direct(Find(main, "Độc lập - Tự do - Hạnh phúc"), r => r.RemoveAllChildren<Underline>()); break;
            case "body without a gap": body.Elements<Paragraph>().First(p => p.InnerText.StartsWith("Thực hiện", StringComparison.Ordinal)).ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }; break;
            case "part heading not bold": Direct(Find(main, "I. MỤC ĐÍCH, YÊU CẦU"), r => r.RemoveAllChildren<Bold>()); break;
            case "Kính gửi block": Find(main, "I. MỤC ĐÍCH, YÊU CẦU").InsertBeforeSelf(DocxFixtures.Para("Kính gửi: Các sở, ban, ngành")); break;
            case "annex without its own section": body.Elements<Table>().Last().InsertAfterSelf(DocxFixtures.Para("PHỤ LỤC")); break;
            default: throw new ArgumentOutOfRangeException(nameof(defect));
        }
    });

    [Fact]
    public void A_drafted_plan_meets_every_presentation_rule()
        => Assert.Empty(DocxPresentationChecker.Check(Drafted(), On).Findings);

    [Theory]
    [MemberData(nameof(Defects))]
    public void The_rule_fires_alone_on_its_defect(string code, string defect)
        => Assert.True(DocxPresentationChecker.Check(Defective(defect), On).Findings.Select(f => f.Code.Value).Distinct().SequenceEqual([code]), string.Join("\n", DocxPresentationChecker.Check(Defective(defect), On).Findings.Select(f => f.Code + " " + f.MessageEn + " " + f.Location)));

    [Fact]
    public void Every_presentation_rule_has_a_defect_case()
        => Assert.Equal(PresentationRules.All.Select(r => r.Code.Value).Order(), Defects().Select(d => (string)d[0]).Distinct().Order());

    [Fact]
    public void Before_Decree_30_the_presentation_rules_do_not_apply()
        => Assert.Empty(DocxPresentationChecker.Check(Defective("letter paper"), new LocalDate(2019, 6, 1)).Findings);

    [Fact]
    public void A_Word_file_made_without_care_is_told_its_page_and_font_defects()
    {
        var codes = DocxPresentationChecker.Check(DocxFixtures.FromPlanText(Examples.CleanProvincePlanText), On).Findings.Select(f => f.Code.Value).ToHashSet();

        Assert.Contains("ANTQ121", codes);
        Assert.Contains("ANTQ128", codes);
        Assert.Contains("ANTQ137", codes);
    }

    [Fact]
    public void A_file_that_is_not_a_docx_gives_no_presentation_finding()
        => Assert.Empty(DocxPresentationChecker.Check("%PDF-1.4"u8.ToArray(), On).Findings);
}
