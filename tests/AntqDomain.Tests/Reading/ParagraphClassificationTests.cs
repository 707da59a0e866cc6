using AntqDomain.Language;
using AntqDomain.Plans;
using AntqDomain.Reading;

namespace AntqDomain.Tests.Reading;

/// <summary>
/// A ceremony step gets one kind from its wording, the first kind of the programme's order of precedence whose words it
/// holds; a festival activity gets every kind whose words it holds (or "other"). Wordings are matched folded, so case,
/// diacritics and uneven spacing do not matter.
/// </summary>
public class ParagraphClassificationTests
{
    private static CeremonyStepKind StepKind(string wording)
    {
        using var folded = new FoldScratch(wording, stackalloc char[256], squeeze: true);
        return ParagraphKinds.Step(folded.Span);
    }

    private static FestivalActivityKind[] ActivityKinds(string wording)
    {
        using var folded = new FoldScratch(wording, stackalloc char[256], squeeze: true);
        return [.. ParagraphKinds.Activity(folded.Span)];
    }

    public static TheoryData<string, CeremonyStepKind> Steps() => new()
    {
        { "Chương trình văn nghệ chào mừng", CeremonyStepKind.WelcomePerformance },
        { "Chào cờ, hát Quốc ca", CeremonyStepKind.FlagSalute },
        { "Hát Quốc ca", CeremonyStepKind.FlagSalute },
        { "Lãnh đạo xã phát biểu đáp từ", CeremonyStepKind.HostReply },
        { "Đại biểu lãnh đạo cấp trên phát biểu chỉ đạo", CeremonyStepKind.SuperiorSpeech },
        { "Đại diện Công an tỉnh phát biểu và tặng quà", CeremonyStepKind.SuperiorSpeech },
        { "Diễn văn khai mạc", CeremonyStepKind.OpeningSpeech },
        { "Báo cáo đánh giá kết quả phong trào năm qua", CeremonyStepKind.OpeningSpeech },
        { "Tuyên bố lý do", CeremonyStepKind.Introduction },
        { "Giới thiệu đại biểu", CeremonyStepKind.Introduction },
        { "Thông qua chương trình", CeremonyStepKind.Programme },
        { "Tọa đàm về công tác bảo đảm an ninh trật tự", CeremonyStepKind.Discussion },
        { "Trao đổi kinh nghiệm giữa các tổ tự quản", CeremonyStepKind.Discussion },
        { "Đọc tham luận", CeremonyStepKind.Discussion },
        { "Ký kết giao ước thi đua", CeremonyStepKind.PledgeSigning },
        { "Ra mắt mô hình Tổ tự quản về an ninh trật tự", CeremonyStepKind.ModelLaunch },
        { "Bế mạc", CeremonyStepKind.Closing },
        { "Kết thúc chương trình", CeremonyStepKind.Closing },
        { "Bế mạc chương trình", CeremonyStepKind.Closing },
        { "Công bố quyết định và trao thưởng", CeremonyStepKind.Awards },
        { "Trao Bằng khen cho tập thể, cá nhân", CeremonyStepKind.Awards },
        { "Phát biểu của đại diện Nhân dân", CeremonyStepKind.Other },

        // Other wordings plans use for the same steps.
        { "Giới thiệu thành phần đại biểu tham dự", CeremonyStepKind.Introduction },
        { "Báo cáo kết quả thực hiện phong trào", CeremonyStepKind.OpeningSpeech },
        { "Báo cáo tổng kết phong trào năm qua", CeremonyStepKind.OpeningSpeech },
        { "Báo cáo sơ kết 8 tháng đầu năm", CeremonyStepKind.OpeningSpeech },
        { "Lãnh đạo Công an huyện phát biểu chỉ đạo", CeremonyStepKind.SuperiorSpeech },
        { "Đại diện lãnh đạo huyện phát biểu ý kiến chỉ đạo", CeremonyStepKind.SuperiorSpeech },
        { "Lãnh đạo xã phát biểu tiếp thu ý kiến chỉ đạo", CeremonyStepKind.HostReply },
        { "Trao giấy khen cho tập thể, cá nhân", CeremonyStepKind.Awards },
        { "Tuyên dương điển hình tiên tiến", CeremonyStepKind.Awards },
        { "Biểu dương gương người tốt, việc tốt", CeremonyStepKind.Awards },
        { "Ký cam kết giữ gìn an ninh trật tự", CeremonyStepKind.PledgeSigning },
        { "", CeremonyStepKind.Other },

        // The order of precedence: a step naming two kinds takes the earlier one.
        { "Văn nghệ chào mừng trước lễ chào cờ", CeremonyStepKind.WelcomePerformance },
        { "Khai mạc, tuyên bố lý do", CeremonyStepKind.OpeningSpeech },
        { "Khen thưởng và ký kết giao ước", CeremonyStepKind.PledgeSigning },
        { "Phát biểu tiếp thu ý kiến chỉ đạo và bế mạc Ngày hội", CeremonyStepKind.Closing },
        { "Đáp từ, kết thúc chương trình", CeremonyStepKind.Closing },

        // Folded: case, diacritics and spacing do not count.
        { "CHÀO   CỜ", CeremonyStepKind.FlagSalute },
        { "dien van khai mac", CeremonyStepKind.OpeningSpeech },
    };

    [Theory]
    [MemberData(nameof(Steps))]
    public void A_ceremony_step_takes_the_first_kind_whose_words_it_holds(string wording, CeremonyStepKind kind)
        => Assert.Equal(kind, StepKind(wording));

    public static TheoryData<string, FestivalActivityKind[]> Activities() => new()
    {
        { "Biểu diễn văn nghệ, thi đấu thể thao", [FestivalActivityKind.CultureAndSports] },
        { "Giao lưu văn hóa", [FestivalActivityKind.CultureAndSports] },
        { "Tôn vinh gương Dân vận khéo", [FestivalActivityKind.MassMobilisation] },
        { "Diễn đàn Công an lắng nghe ý kiến Nhân dân", [FestivalActivityKind.PoliceListenForum] },
        { "Tiếp nhận vũ khí, vật liệu nổ do Nhân dân giao nộp", [FestivalActivityKind.WeaponsHandIn] },
        { "Cấp Căn cước, kích hoạt định danh điện tử", [FestivalActivityKind.IdentityCards] },
        { "Khám bệnh, cấp thuốc miễn phí", [FestivalActivityKind.MedicalCheck] },
        { "Khám và tư vấn sức khỏe", [FestivalActivityKind.MedicalCheck] },
        { "Khám phá di tích", [FestivalActivityKind.Other] },
        { "Tu sửa đường giao thông nông thôn", [FestivalActivityKind.RoadRepair] },
        { "Làm đường bê tông", [FestivalActivityKind.RoadRepair] },
        { "Tặng quà gia đình chính sách", [FestivalActivityKind.Gifts] },
        { "Hội thi tìm hiểu pháp luật", [FestivalActivityKind.LawQuiz] },
        { "Tổ chức trò chơi dân gian", [FestivalActivityKind.FolkGames] },
        { "Lễ dâng hương", [FestivalActivityKind.Other] },
        {
            "Văn nghệ, trò chơi dân gian, khám bệnh và tặng quà, cấp căn cước",
            [FestivalActivityKind.CultureAndSports, FestivalActivityKind.IdentityCards, FestivalActivityKind.MedicalCheck, FestivalActivityKind.Gifts, FestivalActivityKind.FolkGames]
        },
    };

    [Theory]
    [MemberData(nameof(Activities))]
    public void A_festival_activity_takes_every_kind_whose_words_it_holds(string wording, FestivalActivityKind[] kinds)
        => Assert.Equal(kinds, ActivityKinds(wording));
}
