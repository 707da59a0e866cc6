using System.Collections.Immutable;
using AntqDomain.Rules;
using NodaTime;

namespace AntqDomain.Commendations;

/// <summary>Who a medal threshold is for (<em>đối tượng xét tặng</em>).</summary>
public enum MedalGroup
{
    /// <summary>Leaders of Party committees, governments, mass organisations, schools and enterprises (<em>cán bộ lãnh đạo</em>).</summary>
    Leader,

    /// <summary>Men of the grassroots force, earlier roles counted (<em>lực lượng cơ sở, nam</em>).</summary>
    GrassrootsMen,

    /// <summary>Women of the grassroots force, earlier roles counted (<em>lực lượng cơ sở, nữ</em>).</summary>
    GrassrootsWomen,
}
