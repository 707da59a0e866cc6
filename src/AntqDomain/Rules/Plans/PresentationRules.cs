using System.Collections.Immutable;
using NodaTime;
using Severity = AntqDomain.Rules.FindingSeverity;
using AntqDomain.Legal;

namespace AntqDomain.Rules;

/// <summary>
/// ANTQ121–ANTQ143 — how a plan is presented in a Word file (<em>thể thức trình bày</em>, Decree 30/2020/NĐ-CP,
/// Phụ lục I): page, margins, font, page numbers, header grid, closing grid. The rules are data here, in the one
/// catalogue; they are checked on a .docx by <c>AntqDomain.Docx.DocxPresentationChecker</c>, since plain text and JSON
/// carry no presentation.
/// </summary>
public static class PresentationRules
{
    private static readonly EffectivePeriod Decree30InForce = new(new LocalDate(2020, 3, 5));

    private static RuleDefinition Rule(string code, FindingSeverity severity, string provision, string titleVi, string titleEn)
        => new(new RuleCode(code), severity, Decree30InForce, Citations.Decree30("Phụ lục I, Phần I, " + provision), titleVi, titleEn, titleVi + ".", titleEn + ".");

    /// <summary>Every presentation rule, in code order.</summary>
    public static ImmutableArray<RuleDefinition> All { get; } =
    [
        Rule("ANTQ121", FindingSeverity.Error, "mục I khoản 1, 2", "Khổ giấy, hướng trang không đúng", "Paper size or orientation wrong"),
        Rule("ANTQ122", FindingSeverity.Error, "mục I khoản 3", "Lề trên, lề dưới không đúng", "Top or bottom margin wrong"),
        Rule("ANTQ123", FindingSeverity.Error, "mục I khoản 3", "Lề trái không đúng", "Left margin wrong"),
        Rule("ANTQ124", FindingSeverity.Error, "mục I khoản 3", "Lề phải không đúng", "Right margin wrong"),
        Rule("ANTQ125", FindingSeverity.Error, "mục I khoản 4", "Không dùng phông Times New Roman", "Font is not Times New Roman"),
        Rule("ANTQ126", FindingSeverity.Error, "mục I khoản 4", "Dùng phông chữ cũ (TCVN3, VNI)", "Legacy font (TCVN3, VNI)"),
        Rule("ANTQ127", FindingSeverity.Warning, "mục I khoản 4", "Chữ không màu đen", "Text not black"),
        Rule("ANTQ128", FindingSeverity.Warning, "mục I khoản 7; mục V dòng 14", "Số trang sai vị trí hoặc hiện ở trang đầu", "Page numbers misplaced or on the first page"),
        Rule("ANTQ129", FindingSeverity.Warning, "mục II khoản 1, 2, 5; mục V dòng 1, 2, 5a", "Thiếu đường kẻ dưới Tiêu ngữ, tên cơ quan hoặc trích yếu", "Rule missing under the motto, the issuer or the summary"),
        Rule("ANTQ131", FindingSeverity.Error, "mục II khoản 1", "Thiếu hoặc sai Quốc hiệu, Tiêu ngữ", "National name or motto missing or misworded"),
        Rule("ANTQ132", FindingSeverity.Warning, "mục II khoản 1; mục V dòng 1", "Quốc hiệu, Tiêu ngữ sai định dạng", "National name or motto formatted wrongly"),
        Rule("ANTQ133", FindingSeverity.Warning, "mục II khoản 2; mục V dòng 2", "Tên cơ quan ban hành sai định dạng", "Issuing body formatted wrongly"),
        Rule("ANTQ134", FindingSeverity.Warning, "mục II khoản 3; mục V dòng 3", "Dòng \"Số\" sai định dạng", "\"Số\" line formatted wrongly"),
        Rule("ANTQ135", FindingSeverity.Warning, "mục II khoản 4; mục V dòng 4", "Địa danh, ngày tháng sai định dạng", "Place and date formatted wrongly"),
        Rule("ANTQ136", FindingSeverity.Warning, "mục II khoản 5; mục V dòng 5a", "Tên loại, trích yếu sai định dạng", "Type name or summary formatted wrongly"),
        Rule("ANTQ137", FindingSeverity.Warning, "mục II khoản 6; mục V dòng 6", "Nội dung không căn đều hai lề hoặc sai cỡ chữ", "Body not justified or in the wrong size"),
        Rule("ANTQ138", FindingSeverity.Warning, "mục II khoản 9; mục V dòng 8b", "\"Nơi nhận\" sai định dạng", "Recipients formatted wrongly"),
        Rule("ANTQ139", FindingSeverity.Warning, "mục II khoản 7; mục V dòng 7", "Thẩm quyền ký, họ tên người ký sai định dạng", "Signature block formatted wrongly"),
        Rule("ANTQ140", FindingSeverity.Warning, "mục II khoản 6 điểm e", "Khoảng cách đoạn, giãn dòng không đúng", "Paragraph or line spacing wrong"),
        Rule("ANTQ141", FindingSeverity.Warning, "mục II khoản 6 điểm đ; mục V dòng 6b", "Đề mục phần sai định dạng", "Part headings formatted wrongly"),
        Rule("ANTQ142", FindingSeverity.Info, "mục II khoản 5, 9; Phụ lục III mẫu 1.4", "Thành phần không dùng cho kế hoạch", "Elements foreign to a plan"),
        Rule("ANTQ143", FindingSeverity.Warning, "mục III khoản 1", "Phụ lục không đánh số trang riêng", "Annex not paginated on its own"),
    ];
}
