using System.Text.Json.Serialization;

namespace AntqDomain.Plans;

/// <summary>
/// What kind of document was read (<em>loại văn bản</em>): not every "KẾ HOẠCH" is a festival plan. The festival rules
/// (festival day, anniversary counts, window, ceremony, backdrop, showcase site, participants) apply to festival plans
/// only; every plan and report gets the document-form (ANTQ1xx) and cascade (ANTQ5xx) rules, any other document the
/// document-form rules only.
/// </summary>
[JsonConverter(typeof(Internal.StrictEnumJsonConverter<DocumentKind>))]
public enum DocumentKind
{
    /// <summary>A plan for the year's festival (<em>Kế hoạch tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc</em>).</summary>
    FestivalPlan = 0,

    /// <summary>Another plan of the movement: building model units, campaigns, programmes (<em>kế hoạch khác của phong trào</em>).</summary>
    MovementPlan = 1,

    /// <summary>A results report or review (<em>báo cáo kết quả, sơ kết, tổng kết</em>).</summary>
    Report = 2,

    /// <summary>
    /// Anything else: a decision, a notice, a guidance, a submission, a directive, a letter, a news article (<em>quyết
    /// định, thông báo, hướng dẫn, tờ trình, chỉ thị, văn bản khác, tin bài</em>), even one naming the festival.
    /// </summary>
    Other = 3,
}
