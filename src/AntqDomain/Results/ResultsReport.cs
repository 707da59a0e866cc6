using System.Collections.Immutable;
using System.Text.Json.Serialization;
using AntqDomain.Administration;
using NodaTime;
using AntqDomain.Documents;

namespace AntqDomain.Results;

/// <summary>
/// A report of the festival's results (<em>báo cáo kết quả tổ chức Ngày hội</em>, or a review of the movement,
/// <em>sơ kết, tổng kết</em>): the reporting unit and level, the document's number and date, the year or years
/// reported, its figures, the percentages it states, and the reports of the units below it. Immutable.
/// </summary>
public sealed record ResultsReport
{
    /// <summary>The reporting unit ("xã Đồng Tâm", "tỉnh Tuyên Quang").</summary>
    public required string Unit { get; init; }

    /// <summary>The unit's level.</summary>
    public AdministrativeLevel Level { get; init; }

    /// <summary>The issuing body ("Ban Chỉ đạo 138 tỉnh Tuyên Quang"), or null.</summary>
    public string? IssuedBy { get; init; }

    /// <summary>The number and symbol ("45/BC-BCĐ"), or null.</summary>
    public string? NumberText { get; init; }

    /// <summary>The date of the report, or null.</summary>
    public LocalDate? Dated { get; init; }

    /// <summary>The festival year reported, or the first year of a multi-year review.</summary>
    public required int Year { get; init; }

    /// <summary>The last year of a multi-year review (2020–2025), or null for one festival.</summary>
    public int? ToYear { get; init; }

    /// <summary>The deadline the parent plan set for this report ("trước ngày 30/8"), when known.</summary>
    public LocalDate? Deadline { get; init; }

    /// <summary>The figures, each once per indicator.</summary>
    public ImmutableArray<Figure> Figures { get; init => field = Internal.Structural.OrEmpty(value); } = [];

    /// <summary>The percentages stated.</summary>
    public ImmutableArray<StatedShare> Shares { get; init => field = Internal.Structural.OrEmpty(value); } = [];

    /// <summary>The reports of the units below, whose figures the report's add up.</summary>
    public ImmutableArray<ResultsReport> Children { get; init => field = Internal.Structural.OrEmpty(value); } = [];

    /// <summary>The same unit's figures a year before, for the year-on-year check (ANTQ908), or empty.</summary>
    public ImmutableArray<Figure> PreviousYear { get; init => field = Internal.Structural.OrEmpty(value); } = [];

    /// <summary>Text the reader found figures in but could not place, verbatim, never dropped.</summary>
    public ImmutableArray<PlanText> Unplaced { get; init => field = Internal.Structural.OrEmpty(value); } = [];

    /// <summary>The figure of <paramref name="indicator"/>, or null.</summary>
    /// <param name="indicator">What is counted.</param>
    /// <returns>The figure, or null when the report does not state it.</returns>
    public Figure? Of(Indicator indicator)
    {
        foreach (var f in Figures)
        {
            if (f.Indicator == indicator)
            {
                return f;
            }
        }

        return null;
    }

    /// <summary>What each child contributed to <paramref name="indicator"/> (<em>nguồn số liệu</em>): its unit and figure, for the children that state it.</summary>
    /// <param name="indicator">What is counted.</param>
    /// <returns>The contributions, in the children's order.</returns>
    public ImmutableArray<(string Unit, Figure Figure)> Contributions(Indicator indicator)
        => [.. Children.Select(c => (c.Unit, c.Of(indicator))).Where(x => x.Item2 is not null).Select(x => (x.Unit, x.Item2!))];

    /// <summary>The date the requirements are chosen by: the report's date, else the end of the year reported.</summary>
    [JsonIgnore]
    public LocalDate EffectiveDate => Dated ?? (ToYear ?? Year) switch
    {
        >= 1 and <= 9999 and var y => new LocalDate(y, 12, 31),
        _ => new LocalDate(2005, 12, 31),
    };

    /// <inheritdoc />
    public bool Equals(ResultsReport? other)
        => other is not null && Unit == other.Unit && Level == other.Level && IssuedBy == other.IssuedBy && NumberText == other.NumberText
           && Dated == other.Dated && Year == other.Year && ToYear == other.ToYear && Deadline == other.Deadline
           && Internal.Structural.Equal(Figures, other.Figures) && Internal.Structural.Equal(Shares, other.Shares) && Internal.Structural.Equal(Children, other.Children)
           && Internal.Structural.Equal(PreviousYear, other.PreviousYear) && Internal.Structural.Equal(Unplaced, other.Unplaced);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Unit, Level, Year, Dated, Figures.Length, Children.Length);
}
