using System.Globalization;

namespace AntqDomain.Cli;

/// <summary>Help and usage texts of the command, in Vietnamese and English.</summary>
internal static class HelpText
{
    public static bool IsEnglish(CultureInfo lang) => lang.TwoLetterISOLanguageName == "en";

    public static string Pick(CultureInfo lang, string vi, string en) => IsEnglish(lang) ? en : vi;

    public static string BadFormat(CultureInfo lang, string? value)
        => Pick(lang, $"Định dạng không hỗ trợ: '{value}'.", $"Unsupported format: '{value}'.");

    public static string Usage(CultureInfo lang) => Pick(lang, "Xem: antq --help", "See: antq --help");

    public static string Full(CultureInfo lang) => IsEnglish(lang) ? En : Vi;

    private const string Vi = """
        antq — kiểm tra kế hoạch tổ chức "Ngày hội toàn dân bảo vệ an ninh Tổ quốc" (thư viện AntqDomain)

        Cách dùng:
          antq validate <tệp>... [--format text|json|sarif] [--on yyyy-MM-dd] [--lang vi|en] [--parent <tệp>] [--committee <bcđ.json>]
              Kiểm tra kế hoạch, báo cáo kết quả, Ban Chỉ đạo (.txt văn bản thuần UTF-8, .docx, .json theo lược đồ của thư viện; '-' đọc từ stdin).
              Mã thoát: 0 không có lỗi; 1 có ít nhất một lỗi; 2 có tệp không đọc/phân tích được.
          antq calendar <năm> [--format text|json]
              Ngày hội, số năm kỷ niệm, lần thứ, câu kỷ niệm, tiêu đề khánh tiết, khẩu hiệu của năm.
          antq rules [--on yyyy-MM-dd] [--format text|json|markdown]
              Danh mục quy tắc có hiệu lực vào ngày đã cho.
          antq convert <kế-hoạch.txt> [--out kế-hoạch.json]
              Chuyển văn bản thuần sang JSON.
          antq draft --level central|province|district|commune --unit "<tên đơn vị>" --year <năm>
                [--issuer committee|people-committee] [--parent <tệp>] [--date yyyy-MM-dd] [--number <số>]
                [--signer "<họ tên>"] [--site "<nơi tổ chức điểm>"] [--deputy] [--out <tệp.txt|.docx|.json>]
              Soạn dự thảo kế hoạch đúng quy định; nội dung chưa biết để trong [ngoặc vuông] cần điền.
          antq rollup <báo-cáo.json>... [--unit "<đơn vị cấp trên>"] [--level province|central|district] [--out <tổng-hợp.json>]
              Tổng hợp báo cáo kết quả của các đơn vị cấp dưới thành báo cáo cấp trên.
          antq fix <kế-hoạch.txt> [--write] [--year <năm>] [--on yyyy-MM-dd] [--parent <tệp>]
              Sửa các lỗi kỹ thuật (in ra bản so sánh, --write ghi đè tệp); --year chuyển kế hoạch sang năm khác.
              Mã thoát: 0 không còn lỗi; 1 còn lỗi cần người xử lý; 2 không đọc được tệp.

        Tùy chọn chung: --lang vi|en (ngôn ngữ thông báo), --help, --version
        """;

    private const string En = """
        antq — check plans for the All-People's National Security Protection Festival (AntqDomain library)

        Usage:
          antq validate <file>... [--format text|json|sarif] [--on yyyy-MM-dd] [--lang vi|en] [--parent <file>] [--committee <committee.json>]
              Validate plans, results reports, committees (.txt plain UTF-8 text, .docx, .json in the library's schema; '-' reads standard input).
              Exit codes: 0 no error finding; 1 at least one error finding; 2 a file could not be read or parsed.
          antq calendar <year> [--format text|json]
              Festival day, anniversary counts, edition, anniversary phrase, backdrop title and slogans of a year.
          antq rules [--on yyyy-MM-dd] [--format text|json|markdown]
              The rule catalogue in force on a date.
          antq convert <plan.txt> [--out plan.json]
              Convert a plain-text plan to JSON.
          antq draft --level central|province|district|commune --unit "<unit name>" --year <year>
                [--issuer committee|people-committee] [--parent <file>] [--date yyyy-MM-dd] [--number <n>]
                [--signer "<name>"] [--site "<showcase site>"] [--deputy] [--out <file.txt|.docx|.json>]
              Draft a compliant plan; facts it cannot know are [bracketed] placeholders to fill in.
          antq rollup <report.json>... [--unit "<unit above>"] [--level province|central|district] [--out <parent.json>]
              Add up the results reports of the units below into the report of the level above.
          antq fix <plan.txt> [--write] [--year <year>] [--on yyyy-MM-dd] [--parent <file>]
              Repair mechanical defects (prints a unified diff; --write rewrites the file); --year re-targets the plan.
              Exit codes: 0 no error left; 1 errors left for a person; 2 the file could not be read.

        Common options: --lang vi|en (message language), --help, --version
        """;
}
