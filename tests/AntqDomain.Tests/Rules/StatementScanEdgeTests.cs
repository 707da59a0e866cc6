using AntqDomain.Rules;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Rules;

/// <summary>
/// What the statement scanner recognises in a paragraph of the sound example: anniversary ranges of both national
/// days (and ranges that are not anniversaries), the outdated description of the police unless it is quoted, and
/// the medal's wrong names in every quoting style.
/// </summary>
public class StatementScanEdgeTests
{
    private static readonly PlanValidator Validator = new();

    private const string Anchor = "(19/8/2005 – 19/8/2026).";

    private static Finding[] Findings(string added, string code)
    {
        string text = Examples.CleanWith(Anchor, Anchor + " " + added);
        return [.. Validator.Check(Examples.Read(text)).Findings.Where(f => f.Code.Value == code)];
    }

    [Theory]
    [InlineData("Chào mừng 81 năm Quốc khánh (2/9/1945 – 2/9/2025).", true)]
    [InlineData("Chào mừng 81 năm Quốc khánh (2/9/1945 – 2/9/2026).", false)]
    [InlineData("Chào mừng 81 năm Cách mạng tháng Tám (19/8/1945 – 19/8/2025).", true)]
    [InlineData("Tổ chức từ ngày (1/9/1945 – 1/9/2025).", false)]
    [InlineData("Giai đoạn (19/8/1945 – 2/9/2025).", false)]
    [InlineData("Giai đoạn (19/8/1945 – 19/5/2025).", false)]
    [InlineData("Kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2025).", false)]
    public void A_range_of_a_national_day_must_end_in_the_plans_year(string sentence, bool reported)
        => Assert.Equal(reported, Findings(sentence, "ANTQ203").Length == 1);

    [Theory]
    [InlineData("Chào mừng 80 năm Cách mạng tháng Tám; Ngày hội toàn dân bảo vệ an ninh Tổ quốc ngày 19/9.", "ANTQ208")]
    [InlineData("Chào mừng 80 năm Cách mạng tháng Tám; lực lượng chính quy, tinh nhuệ, từng bước hiện đại.", "ANTQ312")]
    public void Every_statement_of_a_paragraph_is_checked_not_only_the_last_kind_found(string sentence, string laterKind)
    {
        Assert.Single(Findings(sentence, "ANTQ201"));
        Assert.Single(Findings(sentence, laterKind));
    }

    [Theory]
    [InlineData("Hưởng ứng 20 năm Ngày hội “Toàn dân bảo vệ an ninh Tổ quốc”.", "ANTQ202")]
    [InlineData("Hưởng ứng 20 năm Ngày hội \"Toàn dân bảo vệ an ninh Tổ quốc\".", "ANTQ202")]
    [InlineData("Hưởng ứng 20 năm “Ngày hội toàn dân bảo vệ an ninh Tổ quốc”.", "ANTQ202")]
    [InlineData("Tổ chức Ngày hội “Toàn dân bảo vệ an ninh Tổ quốc” lần thứ 20.", "ANTQ204")]
    [InlineData("Tổ chức Ngày hội “Toàn dân bảo vệ ANTQ” vào ngày 19/9.", "ANTQ208")]
    public void A_statement_about_the_festival_is_read_with_its_name_quoted_after_the_word_festival(string sentence, string code)
        => Assert.Single(Findings(sentence, code));

    [Theory]
    [InlineData("Hưởng ứng 21 năm Ngày hội “Toàn dân bảo vệ an ninh Tổ quốc”.")]
    [InlineData("Tổ chức Ngày hội “Toàn dân bảo vệ an ninh Tổ quốc” lần thứ 22 vào ngày 19/8.")]
    public void A_right_statement_with_the_name_quoted_draws_no_finding(string sentence)
        => Assert.Empty(Validator.Check(Examples.Read(Examples.CleanWith(Anchor, Anchor + " " + sentence))).Findings);

    [Fact]
    public void The_outdated_description_of_the_police_is_reported_with_its_repair()
    {
        var f = Assert.Single(Findings("Xây dựng lực lượng Công an cách mạng, chính quy, tinh nhuệ, từng bước hiện đại.", "ANTQ312"));
        Assert.Equal("cách mạng, chính quy, tinh nhuệ, từng bước hiện đại", f.Excerpt);
        Assert.NotNull(f.Fix);
    }

    [Theory]
    [InlineData("Khẩu hiệu cũ “cách mạng, chính quy, tinh nhuệ, từng bước hiện đại” nay đã thay đổi.")]
    [InlineData("Khẩu hiệu cũ \"chính quy, tinh nhuệ, từng bước hiện đại\" nay đã thay đổi.")]
    public void The_outdated_description_quoted_as_the_old_one_is_not_reported(string sentence)
        => Assert.Empty(Findings(sentence, "ANTQ312"));

    [Fact]
    public void The_outdated_description_after_a_closed_quotation_is_reported()
        => Assert.Single(Findings("Theo “Nghị quyết cũ”, lực lượng chính quy, tinh nhuệ, từng bước hiện đại.", "ANTQ312"));

    [Theory]
    [InlineData("Đề nghị tặng Kỷ niệm chương “Vì an ninh Tổ quốc” cho các cá nhân.")]
    [InlineData("Đề nghị tặng Kỷ niệm chương \"Vì an ninh Tổ quốc\" cho các cá nhân.")]
    [InlineData("Đề nghị tặng Kỷ niệm chương Vì an ninh Tổ quốc cho các cá nhân.")]
    [InlineData("Đề nghị tặng Kỷ niệm chương Vì sự nghiệp bảo vệ an ninh Tổ quốc cho các cá nhân.")]
    public void The_medal_under_a_wrong_name_is_reported_in_every_quoting_style(string sentence)
        => Assert.Single(Findings(sentence, "ANTQ206"));
}
