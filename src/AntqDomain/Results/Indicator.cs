using System.Text.Json.Serialization;

namespace AntqDomain.Results;

/// <summary>What a figure of a results report counts (<em>chỉ tiêu</em>).</summary>
[JsonConverter(typeof(Internal.StrictEnumJsonConverter<Indicator>))]
public enum Indicator
{
    /// <summary>Units that held the festival (<em>đơn vị tổ chức Ngày hội</em>).</summary>
    UnitsHeld,

    /// <summary>Units in scope, that were to hold it (<em>đơn vị thuộc diện tổ chức</em>).</summary>
    UnitsInScope,

    /// <summary>Participants (<em>lượt người tham gia</em>).</summary>
    Participants,

    /// <summary>Population of the area, when given (<em>dân số</em>), bounding attendance.</summary>
    Population,

    /// <summary>Banners and slogans (<em>băng rôn, khẩu hiệu</em>).</summary>
    Banners,

    /// <summary>Signs and panels (<em>pano, áp phích</em>).</summary>
    Signs,

    /// <summary>Exhibitions (<em>triển lãm</em>).</summary>
    Exhibitions,

    /// <summary>Propaganda classes and meetings (<em>lớp, buổi tuyên truyền</em>).</summary>
    PropagandaClasses,

    /// <summary>Attendees of those classes (<em>lượt người dự tuyên truyền</em>).</summary>
    ClassAttendees,

    /// <summary>News items and reports (<em>tin, bài, phóng sự</em>).</summary>
    NewsItems,

    /// <summary>Contests (<em>cuộc thi, hội thi</em>).</summary>
    Contests,

    /// <summary>Contest participants (<em>lượt người dự thi</em>).</summary>
    ContestParticipants,

    /// <summary>Movement models in all (<em>mô hình</em>).</summary>
    ModelsTotal,

    /// <summary>New models (<em>mô hình mới</em>).</summary>
    ModelsNew,

    /// <summary>Models operating effectively (<em>mô hình hoạt động hiệu quả</em>).</summary>
    ModelsEffective,

    /// <summary>Models replicated (<em>mô hình nhân rộng</em>).</summary>
    ModelsReplicated,

    /// <summary>Models removed (<em>mô hình thanh loại</em>).</summary>
    ModelsRemoved,

    /// <summary>Typical examples (<em>điển hình tiên tiến</em>).</summary>
    TypicalExamples,

    /// <summary>Collectives commended (<em>tập thể được khen thưởng</em>).</summary>
    CollectivesCommended,

    /// <summary>Individuals commended (<em>cá nhân được khen thưởng</em>).</summary>
    IndividualsCommended,

    /// <summary>Crime tips received from the people (<em>tin báo, tố giác tội phạm</em>).</summary>
    CrimeTips,

    /// <summary>Weapons surrendered (<em>vũ khí giao nộp</em>).</summary>
    WeaponsSurrendered,

    /// <summary>Explosives and ordnance surrendered (<em>vật liệu nổ, công cụ hỗ trợ</em>).</summary>
    ExplosivesSurrendered,

    /// <summary>Disputes mediated (<em>vụ việc hòa giải thành</em>).</summary>
    DisputesMediated,

    /// <summary>Units recognised "An toàn về an ninh, trật tự" (<em>đạt tiêu chuẩn An toàn về ANTT</em>).</summary>
    UnitsRecognisedSafe,
}
