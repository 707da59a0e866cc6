using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Cli;

/// <summary><c>antq fix</c> prints a unified diff, or rewrites the file keeping its encoding and line endings.</summary>
public class FixCommandTests
{
    private static string Copy(string text, string name = "plan.txt")
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("antq-fix-").FullName, name);
        File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
        return path;
    }

    [Fact]
    public void The_defective_example_gets_a_diff_and_exit_1_for_what_needs_a_person()
    {
        var (code, output, err) = CalendarCommandTests.Run("fix", Repo.PathOf("docs", "examples", "commune-plan-2025-defects.txt"), "--lang", "en");

        Assert.Equal(1, code);
        Assert.StartsWith("--- a/commune-plan-2025-defects.txt\n+++ b/commune-plan-2025-defects.txt\n@@ ", output, StringComparison.Ordinal);
        Assert.Contains("\n-Số: 45/KHBCĐ\n", output, StringComparison.Ordinal);
        Assert.Contains("\n+Số: 45/KH-BCĐ\n", output, StringComparison.Ordinal);
        Assert.Contains("fix(es) applied", err, StringComparison.Ordinal);
        Assert.Contains("ANTQ505", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_rewrites_the_file_with_its_byte_order_mark_and_CRLF_line_endings_and_a_second_run_finds_nothing()
    {
        string text = Examples.CleanProvincePlanText.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("kỷ niệm 81 năm", "kỷ niệm 80 năm", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
        string path = Copy(string.Empty);
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(text)]);

        var (code, output, _) = CalendarCommandTests.Run("fix", path, "--write");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, output);
        byte[] bytes = File.ReadAllBytes(path);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        string written = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        Assert.Equal(text.Replace("kỷ niệm 80 năm", "kỷ niệm 81 năm", StringComparison.Ordinal), written);
        Assert.Equal(string.Empty, CalendarCommandTests.Run("fix", path).Out);
    }

    [Fact]
    public void Year_re_targets_a_plan_to_another_festival()
    {
        var (code, output, _) = CalendarCommandTests.Run("fix", Copy(Examples.CleanProvincePlanText), "--year", "2027");

        Assert.Equal(0, code);
        Assert.Contains("+Tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” năm 2027", output, StringComparison.Ordinal);
        Assert.Contains("82 năm", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plan.json", "{}", "plain text")]
    [InlineData("news.txt", "Sáng 19/8, tại xã Đồng Tâm đã diễn ra Ngày hội.", "ANTQ003")]
    public void Input_that_is_not_a_plain_text_plan_is_exit_2(string name, string content, string reason)
    {
        var (code, _, err) = CalendarCommandTests.Run("fix", Copy(content, name), "--lang", "en");

        Assert.Equal(2, code);
        Assert.Contains(reason, err, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_refuses_standard_input()
        => Assert.Equal(2, CalendarCommandTests.Run("fix", "-", "--write").Code);
}
