using AntqDomain.Fixing;
using AntqDomain.Rules;
using AntqDomain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace AntqDomain.Tests.Fixing;

/// <summary>
/// Properties of fixing, over random combinations of fixable defects in the clean plan: after the fixes nothing
/// fixable is left, fixing again changes nothing, no error is added, and the fixed text keeps the input's line endings.
/// </summary>
public class FixPropertiesTests
{
    private static readonly PlanFixer Fixer = new();
    private static readonly PlanValidator Validator = new();

    private static readonly (string Clean, Func<int, string> Defect)[] Defects =
    [
        ("kỷ niệm 81 năm Ngày truyền thống", n => $"kỷ niệm {n % 120} năm Ngày truyền thống"),
        ("Công an nhân dân qua 81 năm", n => $"Công an nhân dân qua {n % 99} năm"),
        ("và 21 năm Ngày hội toàn dân", n => $"và {n % 40} năm Ngày hội toàn dân"),
        ("(19/8/1945 – 19/8/2026)", n => $"(19/8/1945 – 19/8/{2005 + (n % 30)})"),
        ("(19/8/2005 – 19/8/2026)", n => $"(19/8/2005 – 19/8/{2005 + (n % 30)})"),
        ("AN NINH TỔ QUỐC NĂM 2026</p>", n => $"AN NINH TỔ QUỐC NĂM {2005 + (n % 30)}</p>"),
        ("ngày 05 tháng 6 năm 2026", _ => "ngày 5 tháng 6 năm 2026"),
        ("214/KH-BCĐ\t", n => (n % 4) switch { 0 => "214/KHBCĐ\t", 1 => "214 / KH - BCĐ\t", 2 => "214/KH-bcđ\t", _ => "214/QĐ-BCĐ\t" }),
        ("- Lưu: VT, CAT.", n => n % 2 == 0 ? "- Lưu: VT, CAT" : "- Lưu: VT, CAT;"),
        ("3. Tổ chức thiết thực", n => (n % 3) switch
        {
            0 => "3. Tổ chức Ngày hội toàn dân vì an ninh Tổ quốc thiết thực",
            1 => "3. Xây dựng Công an cách mạng, chính quy, tinh nhuệ, từng bước hiện đại; tổ chức thiết thực",
            _ => $"3. Tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” lần thứ {n % 50} thiết thực",
        }),
    ];

    private static string Apply(int mask, int seed, bool crlf)
    {
        string text = Examples.CleanProvincePlanText.Replace("\r\n", "\n", StringComparison.Ordinal);
        for (int i = 0; i < Defects.Length; i++)
        {
            if ((mask & (1 << i)) != 0)
            {
                text = text.Replace(Defects[i].Clean, Defects[i].Defect(seed + (i * 7)), StringComparison.Ordinal);
            }
        }

        return crlf ? text.Replace("\n", "\r\n", StringComparison.Ordinal) : text;
    }

    private static Arbitrary<(int Mask, int Seed, bool Crlf)> Cases()
        => (from mask in Gen.Choose(0, (1 << Defects.Length) - 1)
            from seed in Gen.Choose(0, 10_000)
            from crlf in Gen.Elements(false, true)
            select (mask, seed, crlf)).ToArbitrary();

    [Fact]
    public void After_fixing_no_fixable_finding_is_left_and_no_error_is_added()
        => Prop.ForAll(Cases(), c =>
        {
            string text = Apply(c.Mask, c.Seed, c.Crlf);
            int errorsBefore = Validator.Check(Examples.Read(text)).Findings.Count(f => f.Severity == AntqDomain.Rules.FindingSeverity.Error);

            var result = Fixer.Fix(text);

            Assert.DoesNotContain(result.Remaining.Findings, f => f.Fix is not null);
            Assert.True(result.Remaining.Findings.Count(f => f.Severity == AntqDomain.Rules.FindingSeverity.Error) <= errorsBefore);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(150).WithQuietOnSuccess(true));

    [Fact]
    public void Fixing_twice_changes_nothing_the_second_time()
        => Prop.ForAll(Cases(), c =>
        {
            var once = Fixer.Fix(Apply(c.Mask, c.Seed, c.Crlf));

            var twice = Fixer.Fix(once.Text);

            Assert.False(twice.Changed);
            Assert.Empty(twice.Applied);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(150).WithQuietOnSuccess(true));

    [Fact]
    public void The_fixed_text_keeps_the_line_endings_of_the_input()
        => Prop.ForAll(Cases(), c =>
        {
            string fixedText = Fixer.Fix(Apply(c.Mask, c.Seed, c.Crlf)).Text;

            int crlf = fixedText.Split("\r\n").Length - 1;
            int lf = fixedText.Count(ch => ch == '\n');
            Assert.Equal(c.Crlf ? lf : 0, crlf);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(100).WithQuietOnSuccess(true));
}
