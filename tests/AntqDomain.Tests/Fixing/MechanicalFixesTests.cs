using AntqDomain.Fixing;
using AntqDomain.Rules;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Fixing;

/// <summary>Each defect with one right answer is repaired to exactly that answer, and nothing fixable is left.</summary>
public class MechanicalFixesTests
{
    private static readonly PlanFixer Fixer = new();

    /// <summary>The defect (text in the clean plan → defective text) and the text the fix must write back.</summary>
    public static TheoryData<string, string, string, string> Repairs() => new()
    {
        { "ANTQ201", "kỷ niệm 81 năm Ngày truyền thống", "kỷ niệm 80 năm Ngày truyền thống", "kỷ niệm 81 năm Ngày truyền thống" },
        { "ANTQ201", "Công an nhân dân qua 81 năm", "Công an nhân dân qua 76 năm", "Công an nhân dân qua 81 năm" },
        { "ANTQ202", "và 21 năm Ngày hội toàn dân", "và 20 năm Ngày hội toàn dân", "và 21 năm Ngày hội toàn dân" },
        { "ANTQ203", "(19/8/1945 – 19/8/2026)", "(19/8/1945 – 19/8/2025)", "(19/8/1945 – 19/8/2026)" },
        { "ANTQ204", "3. Tổ chức thiết thực", "3. Tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” lần thứ 21 thiết thực", "lần thứ 22 thiết thực" },
        { "ANTQ205", "AN NINH TỔ QUỐC NĂM 2026</p>", "AN NINH TỔ QUỐC NĂM 2025</p>", "AN NINH TỔ QUỐC NĂM 2026</p>" },
        { "ANTQ206", "3. Tổ chức thiết thực", "3. Tổ chức Ngày hội toàn dân vì an ninh Tổ quốc thiết thực", "3. Tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc thiết thực" },
        { "ANTQ206", "3. Tổ chức thiết thực", "3. Đề nghị tặng Kỷ niệm chương Vì an ninh Tổ quốc; tổ chức thiết thực", "Kỷ niệm chương Bảo vệ an ninh Tổ quốc;" },
        { "ANTQ206", "3. Tổ chức thiết thực", "3. Đẩy mạnh phong trào toàn dân vì an ninh Tổ quốc; tổ chức thiết thực", "phong trào toàn dân bảo vệ an ninh Tổ quốc;" },
        { "ANTQ104", "ngày 05 tháng 6 năm 2026", "ngày 5 tháng 6 năm 2026", "ngày 05 tháng 6 năm 2026" },
        { "ANTQ104", "Số: 214/KH-BCĐ", "Số: 7/KH-BCĐ", "Số: 07/KH-BCĐ" },
        { "ANTQ111", "Số: 214/KH-BCĐ", "Số 214/KH-BCĐ", "Số: 214/KH-BCĐ" },
        { "ANTQ113", "Tuyên Quang, ngày 05 tháng 6 năm 2026", "Tuyên Quang, ngày 5/6/2026", "Tuyên Quang, ngày 05 tháng 6 năm 2026" },
        { "ANTQ113", "Tuyên Quang, ngày 05 tháng 6 năm 2026", "Tuyên Quang, ngày 05.06.2026", "Tuyên Quang, ngày 05 tháng 6 năm 2026" },
        { "ANTQ111", "Số: 214/KH-BCĐ", "Số.214/KH-BCĐ", "Số: 214/KH-BCĐ" },
        { "ANTQ102", "214/KH-BCĐ\t", "214/KHBCĐ\t", "214/KH-BCĐ\t" },
        { "ANTQ102", "214/KH-BCĐ\t", "214/QĐ-BCĐ\t", "214/KH-BCĐ\t" },
        { "ANTQ102", "214/KH-BCĐ\t", "214 / KH - BCĐ\t", "214/KH-BCĐ\t" },
        { "ANTQ102", "214/KH-BCĐ\t", "214/KH-bcđ\t", "214/KH-BCĐ\t" },
        { "ANTQ102", "214/KH-BCĐ\t", "214/KH–BCĐ\t", "214/KH-BCĐ\t" },
        { "ANTQ105", "- Lưu: VT, CAT.", "- Lưu: VT, CAT", "- Lưu: VT, CAT.\n" },
        { "ANTQ105", "- Lưu: VT, CAT.", "- Lưu: VT, CAT;", "- Lưu: VT, CAT.\n" },
        { "ANTQ105", "- Thường trực Tỉnh ủy;\n- Các thành viên Ban Chỉ đạo 138 tỉnh;\n- Lưu: VT, CAT.", "- Thường trực Tỉnh ủy;\n- Các thành viên Ban Chỉ đạo 138 tỉnh.", "- Các thành viên Ban Chỉ đạo 138 tỉnh.\n- Lưu: VT, [đơn vị soạn thảo].\n" },
        { "ANTQ313", "3. Tổ chức thiết thực", "3. Thực hiện Thông tư 23/2012/TT-BCA; tổ chức thiết thực", "Thực hiện Thông tư 124/2021/TT-BCA; tổ chức" },
        { "ANTQ312", "3. Tổ chức thiết thực", "3. Xây dựng Công an cách mạng, chính quy, tinh nhuệ, từng bước hiện đại; tổ chức thiết thực", "Công an trong sạch, vững mạnh, chính quy, tinh nhuệ, hiện đại; tổ chức" },
    };

    [Theory]
    [MemberData(nameof(Repairs))]
    public void The_defect_is_repaired_to_its_one_right_answer(string code, string clean, string defect, string expected)
    {
        string text = Defective(clean, defect);
        Assert.Contains(new PlanValidator().Check(Examples.Read(text)).Findings, f => f.Code.Value == code && f.Fix is not null);

        var result = Fixer.Fix(text);

        Assert.Contains(expected, result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Remaining.Findings, f => f.Fix is not null);
        Assert.DoesNotContain(result.Remaining.Findings, f => f.Code.Value == code && f.Severity == AntqDomain.Rules.FindingSeverity.Error);
    }

    [Theory]
    [MemberData(nameof(Repairs))]
    public void A_fix_changes_nothing_outside_its_span(string code, string clean, string defect, string expected)
    {
        _ = expected;
        string text = Defective(clean, defect);
        foreach (var f in new PlanValidator().Check(Examples.Read(text)).Findings.Where(f => f.Code.Value == code && f.Fix is not null))
        {
            var edit = Assert.Single(f.Fix!.Edits);
            string[] lines = text.Split('\n');
            int start = lines.Take(edit.Span.Line!.Value - 1).Sum(l => l.Length + 1) + edit.Span.Column!.Value - 1;

            var (after, applied) = PlanFixer.Apply(text, [f.Fix]);

            Assert.Single(applied);
            Assert.Equal(text[..start], after[..start]);
            Assert.Equal(text[(start + edit.Span.Length!.Value)..], after[(start + edit.Replacement.Length)..]);
        }
    }

    [Fact]
    public void Only_rules_marked_fixable_carry_fixes_and_every_fixable_plan_rule_has_a_repair_case()
    {
        var fixable = RuleCatalogue.Default.Rules.Where(r => r.Fixable).Select(r => r.Code.Value).ToHashSet();
        var withCases = Repairs().Select(r => (string)r[0]).ToHashSet();

        Assert.Subset(withCases, fixable);
        foreach (var row in Repairs())
        {
            var findings = new PlanValidator().Check(Examples.Read(Defective((string)row[1], (string)row[2]))).Findings;
            Assert.All(findings.Where(f => f.Fix is not null), f => Assert.Contains(f.Code.Value, fixable));
        }
    }

    [Fact]
    public void A_clean_plan_is_left_as_it_is()
    {
        var result = Fixer.Fix(Examples.CleanProvincePlanText);

        Assert.False(result.Changed);
        Assert.Empty(result.Applied);
        Assert.Equal(string.Empty, result.Diff());
    }

    internal static string Defective(string clean, string defect)
    {
        string text = Examples.CleanProvincePlanText.Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Contains(clean, text, StringComparison.Ordinal);
        int at = text.IndexOf(clean, StringComparison.Ordinal);
        return text[..at] + defect + text[(at + clean.Length)..];
    }
}
