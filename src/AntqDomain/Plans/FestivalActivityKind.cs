using System.Text.Json.Serialization;

namespace AntqDomain.Plans;

/// <summary>A typed activity of the festival part (<em>Phần hội</em>).</summary>
[JsonConverter(typeof(Internal.StrictEnumJsonConverter<FestivalActivityKind>))]
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
