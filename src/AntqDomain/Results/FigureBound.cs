using System.Text.Json.Serialization;

namespace AntqDomain.Results;

/// <summary>How a figure was stated (<em>cách nêu số liệu</em>): exactly, or as a bound.</summary>
[JsonConverter(typeof(Internal.StrictEnumJsonConverter<FigureBound>))]
public enum FigureBound
{
    /// <summary>Exactly ("305 lớp").</summary>
    Exact = 0,

    /// <summary>More than the value ("hơn 500", "trên 500"): the value is a lower bound.</summary>
    MoreThan = 1,

    /// <summary>Fewer than the value ("gần 500", "dưới 500"): the value is an upper bound.</summary>
    LessThan = 2,

    /// <summary>About the value ("khoảng 500"): neither bound is known.</summary>
    About = 3,
}
