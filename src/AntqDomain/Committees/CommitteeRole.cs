using System.Text.Json.Serialization;
using System.Collections.Immutable;

namespace AntqDomain.Committees;

/// <summary>The role of a member of a steering committee (<em>chức danh trong Ban Chỉ đạo</em>).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Internal.StrictEnumJsonConverter<CommitteeRole>))]
public enum CommitteeRole
{
    /// <summary>Member (<em>thành viên</em>).</summary>
    Member = 0,

    /// <summary>Head (<em>Trưởng ban</em>): the chair of the People's Committee of the level.</summary>
    Head = 1,

    /// <summary>Standing deputy head (<em>Phó Trưởng ban thường trực</em>): the head of the police of the level.</summary>
    StandingDeputy = 2,

    /// <summary>Deputy head (<em>Phó Trưởng ban</em>).</summary>
    Deputy = 3,
}
