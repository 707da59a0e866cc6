using System.Text.Json.Serialization;

namespace AntqDomain.Plans;

/// <summary>A typed step of the ceremony programme (<em>Phần lễ</em>).</summary>
[JsonConverter(typeof(Internal.StrictEnumJsonConverter<CeremonyStepKind>))]
public enum CeremonyStepKind
{
    /// <summary>A step the reader could not classify.</summary>
    Other = 0,

    /// <summary>Welcome performance (<em>văn nghệ chào mừng</em>).</summary>
    WelcomePerformance = 1,

    /// <summary>Flag salute and anthem (<em>chào cờ</em>).</summary>
    FlagSalute = 2,

    /// <summary>Reason and introduction of delegates (<em>tuyên bố lý do, giới thiệu đại biểu</em>).</summary>
    Introduction = 3,

    /// <summary>Announcement of the programme (<em>thông báo chương trình</em>).</summary>
    Programme = 4,

    /// <summary>Opening speech with the year's review and directions (<em>diễn văn khai mạc</em>).</summary>
    OpeningSpeech = 5,

    /// <summary>Discussion and exchange of experience (<em>tọa đàm, thảo luận</em>).</summary>
    Discussion = 6,

    /// <summary>Announcement of decisions and presentation of awards (<em>công bố quyết định, trao thưởng</em>).</summary>
    Awards = 7,

    /// <summary>Speech and gifts by superiors (<em>đại biểu cấp trên phát biểu, tặng quà</em>).</summary>
    SuperiorSpeech = 8,

    /// <summary>Reply of the host's head (<em>phát biểu đáp từ</em>).</summary>
    HostReply = 9,

    /// <summary>Signing of emulation pledges (<em>ký kết giao ước thi đua</em>).</summary>
    PledgeSigning = 10,

    /// <summary>Launch of a movement model (<em>ra mắt mô hình</em>).</summary>
    ModelLaunch = 11,

    /// <summary>Closing (<em>bế mạc, kết thúc</em>).</summary>
    Closing = 12,
}
