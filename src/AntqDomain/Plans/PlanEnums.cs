using System.Text.Json.Serialization;

namespace AntqDomain.Plans;

/// <summary>The kind of a Roman-numbered part of a plan (<em>phần</em>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SectionKind>))]
public enum SectionKind
{
    /// <summary>A part the reader could not classify.</summary>
    Other = 0,

    /// <summary>Purposes and requirements (<em>Mục đích, yêu cầu</em>).</summary>
    Purposes = 1,

    /// <summary>Content (<em>Nội dung</em>).</summary>
    Content = 2,

    /// <summary>Commendation (<em>Khen thưởng</em>).</summary>
    Commendation = 3,

    /// <summary>Implementation (<em>Tổ chức thực hiện</em>).</summary>
    Implementation = 4,

    /// <summary>Funding (<em>Kinh phí</em>) as a part of its own.</summary>
    Funding = 5,
}

/// <summary>A typed step of the ceremony programme (<em>Phần lễ</em>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CeremonyStepKind>))]
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

/// <summary>A typed activity of the festival part (<em>Phần hội</em>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FestivalActivityKind>))]
public enum FestivalActivityKind
{
    /// <summary>Other activity.</summary>
    Other = 0,

    /// <summary>Culture, arts and sports (<em>văn hóa, văn nghệ, thể dục thể thao</em>).</summary>
    CultureAndSports = 1,

    /// <summary>Skilful mass mobilisation (<em>Dân vận khéo</em>).</summary>
    MassMobilisation = 2,

    /// <summary>The forum "The police listen to the people" (<em>Công an lắng nghe ý kiến Nhân dân</em>).</summary>
    PoliceListenForum = 3,

    /// <summary>Hand-in of weapons and explosives (<em>thu hồi vũ khí, vật liệu nổ</em>).</summary>
    WeaponsHandIn = 4,

    /// <summary>ID cards and electronic identity (<em>căn cước, định danh điện tử</em>).</summary>
    IdentityCards = 5,

    /// <summary>Free medical checks (<em>khám bệnh, cấp thuốc miễn phí</em>).</summary>
    MedicalCheck = 6,

    /// <summary>Road repairs (<em>tu sửa đường</em>).</summary>
    RoadRepair = 7,

    /// <summary>Gifts (<em>tặng quà</em>).</summary>
    Gifts = 8,

    /// <summary>Law quizzes (<em>thi tìm hiểu pháp luật</em>).</summary>
    LawQuiz = 9,

    /// <summary>Folk games (<em>trò chơi dân gian</em>).</summary>
    FolkGames = 10,
}

/// <summary>Where the festival is held (<em>phạm vi địa bàn</em>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<VenueKind>))]
public enum VenueKind
{
    /// <summary>Residential areas (<em>khu dân cư</em>).</summary>
    ResidentialArea = 1,

    /// <summary>Communes, wards, townships (<em>xã, phường, thị trấn</em>).</summary>
    Commune = 2,

    /// <summary>Agencies (<em>cơ quan</em>).</summary>
    Agency = 3,

    /// <summary>Enterprises (<em>doanh nghiệp</em>).</summary>
    Enterprise = 4,

    /// <summary>Education institutions (<em>cơ sở giáo dục, nhà trường</em>).</summary>
    EducationInstitution = 5,
}

/// <summary>What kind of body issued a plan (<em>cơ quan ban hành</em>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IssuerKind>))]
public enum IssuerKind
{
    /// <summary>Not determined.</summary>
    Unknown = 0,

    /// <summary>A steering committee (<em>Ban Chỉ đạo</em>, symbol group BCĐ).</summary>
    SteeringCommittee = 1,

    /// <summary>A People's Committee (<em>Ủy ban nhân dân</em>, symbol group UBND).</summary>
    PeoplesCommittee = 2,

    /// <summary>A police body (<em>Công an</em>, symbol group CA…).</summary>
    Police = 3,

    /// <summary>Another agency, school or enterprise.</summary>
    Other = 4,
}

/// <summary>A source of funding (<em>nguồn kinh phí</em>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FundingSource>))]
public enum FundingSource
{
    /// <summary>The budget of each level (<em>ngân sách</em>).</summary>
    Budget = 1,

    /// <summary>Contributions mobilised from society (<em>xã hội hóa</em>).</summary>
    Socialised = 2,
}
