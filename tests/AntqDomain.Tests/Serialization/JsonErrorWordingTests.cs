using AntqDomain.Serialization;

namespace AntqDomain.Tests.Serialization;

/// <summary>JSON errors are said in the user's terms and language, never in System.Text.Json's wording.</summary>
public class JsonErrorWordingTests
{
    [Theory]
    [InlineData("{\"numberText\": 5}", "a value of the wrong type", "giá trị sai kiểu", "(line 1, column")]
    [InlineData("{\"numberText\": \"1/KH-BCĐ\",", "JSON syntax error", "cú pháp JSON sai", "(line 1, column")]
    [InlineData("[]", "the document is not a JSON object", "tài liệu không phải một đối tượng JSON", "(line 1, column")]
    [InlineData("\"KẾ HOẠCH\"", "the document is not a JSON object", "tài liệu không phải một đối tượng JSON", "(line 1, column")]
    [InlineData("", "the JSON document is empty", "tài liệu JSON trống", "(line 1, column 1)")]
    [InlineData("\n  \n", "the JSON document is empty", "tài liệu JSON trống", "(line 3, column")]
    [InlineData("{\"colour\": \"red\"}", "the property \"colour\" is not part of the document's schema", "thuộc tính \"colour\" không có trong lược đồ", "(line 1, column")]
    public void A_plan_json_error_names_the_problem_and_the_users_line_in_both_languages(string json, string en, string vi, string where)
    {
        var d = Assert.Single(PlanJson.Read(json).Diagnostics);
        Assert.Equal("ANTQ008", d.Code);
        Assert.Contains(en, d.MessageEn, StringComparison.Ordinal);
        Assert.Contains(where, d.MessageEn, StringComparison.Ordinal);
        Assert.Contains(vi, d.MessageVi, StringComparison.Ordinal);
        foreach (string jargon in (string[])[".NET member", "LineNumber", "BytePositionInLine", "AntqDomain."])
        {
            Assert.DoesNotContain(jargon, d.MessageEn, StringComparison.Ordinal);
            Assert.DoesNotContain(jargon, d.MessageVi, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_subject_error_gives_its_path_but_no_line_of_a_document_the_user_never_wrote()
    {
        var d = Assert.Single(SubjectJson.Read("{\"kind\":\"awardProposal\",\"nominee\":{\"name\":\"A\"},\"form\":\"Statue\",\"proposedOn\":\"2025-08-01\",\"authority\":\"CommuneChair\"}").Diagnostics);
        Assert.Equal("$.form", d.At?.Path);
        Assert.Contains("not in the allowed list", d.MessageEn, StringComparison.Ordinal);
        Assert.DoesNotContain("line", d.MessageEn, StringComparison.Ordinal);
    }
}
