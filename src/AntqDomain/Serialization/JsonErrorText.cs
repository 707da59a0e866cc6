using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AntqDomain.Serialization;

/// <summary>
/// Says what is wrong with a JSON document in the user's terms, in Vietnamese and English, instead of
/// System.Text.Json's wording (".NET member", "BytePositionInLine"); our own converters' messages are kept.
/// </summary>
internal static partial class JsonErrorText
{
    /// <summary>The error in words; with its line and column when <paramref name="positions"/> (they are the user's own bytes).</summary>
    public static (string Vi, string En) Describe(JsonException ex, bool positions = true)
    {
        string raw = TechnicalTail().Replace(ex.Message, string.Empty).Trim();
        (string Vi, string En) what;
        if (UnknownProperty().Match(raw) is { Success: true } unknown)
        {
            string name = unknown.Groups["name"].Value;
            what = ($"thuộc tính \"{name}\" không có trong lược đồ của tài liệu", $"the property \"{name}\" is not part of the document's schema");
        }
        else if (MissingRequired().Match(raw) is { Success: true } missing)
        {
            string names = missing.Groups["names"].Value.Trim().TrimEnd('.');
            what = ($"thiếu thuộc tính bắt buộc {names}", $"required properties missing: {names}");
        }
        else if (raw.Contains("could not be converted to", StringComparison.Ordinal) && ex.Path == "$")
        {
            what = ("tài liệu không phải một đối tượng JSON ({…}) như một kế hoạch hay hồ sơ", "the document is not a JSON object ({…}), as a plan or any other document is");
        }
        else if (raw.Contains("does not contain any JSON tokens", StringComparison.Ordinal))
        {
            what = ("tài liệu JSON trống", "the JSON document is empty");
        }
        else if (raw.Contains("could not be converted to", StringComparison.Ordinal))
        {
            what = ("giá trị sai kiểu (chữ thay cho số, số thay cho chữ) hoặc một tên không có trong danh sách cho phép", "a value of the wrong type (text for a number, a number for text) or a name that is not in the allowed list");
        }
        else if (Depth().Match(raw) is { Success: true } depth)
        {
            string n = depth.Groups["n"].Value;
            what = ($"tài liệu lồng nhau sâu quá {n} cấp (ReaderLimits.MaxJsonDepth)", $"the document is nested beyond the maximum depth of {n} levels (ReaderLimits.MaxJsonDepth)");
        }
        else if (raw.Contains("is invalid after a single JSON value", StringComparison.Ordinal))
        {
            what = ("còn nội dung sau khi tài liệu JSON đã kết thúc (chỉ được có một tài liệu)", "content follows the end of the JSON document (only one document is read)");
        }
        else if (raw.Contains("end of data", StringComparison.Ordinal) || raw.Contains("invalid start of", StringComparison.Ordinal)
                 || raw.Contains("is invalid after", StringComparison.Ordinal) || raw.Contains("Expected", StringComparison.Ordinal)
                 || raw.Contains("is invalid within", StringComparison.Ordinal))
        {
            what = ("cú pháp JSON sai (thiếu hoặc thừa dấu ngoặc, dấu phẩy, dấu nháy hay một giá trị)", "JSON syntax error (a bracket, comma, quote or value is missing or extra)");
        }
        else
        {
            // A message of the library's own converters, already in the user's terms.
            what = (raw, raw);
        }

        if (positions && ex.LineNumber is { } line && ex.BytePositionInLine is { } column)
        {
            string at = string.Create(CultureInfo.InvariantCulture, $"{line + 1}");
            string col = string.Create(CultureInfo.InvariantCulture, $"{column + 1}");
            what = ($"{what.Vi} (dòng {at}, cột {col})", $"{what.En} (line {at}, column {col})");
        }

        return what;
    }

    [GeneratedRegex(@"\s*(?:Path: [^|]*\| )?LineNumber: [0-9]+ \| BytePositionInLine: [0-9]+\.?", RegexOptions.CultureInvariant)]
    private static partial Regex TechnicalTail();

    [GeneratedRegex(@"maximum configured depth of (?<n>[0-9]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Depth();

    [GeneratedRegex(@"The JSON property '(?<name>[^']*)' could not be mapped", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownProperty();

    [GeneratedRegex(@"missing required properties(?: including)?:\s*(?<names>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex MissingRequired();
}
