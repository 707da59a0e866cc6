using System.Collections.Immutable;
using System.Text.Json.Serialization;
using AntqDomain.Administration;
using AntqDomain.Documents;
using NodaTime;

namespace AntqDomain.Plans;

/// <summary>A Roman-numbered part of a plan (<em>phần</em>) with its paragraphs, kept verbatim.</summary>
/// <param name="Kind">What the part is about.</param>
/// <param name="Heading">The heading ("I. MỤC ĐÍCH, YÊU CẦU").</param>
/// <param name="Paragraphs">The paragraphs of the part, in order, with their list markers.</param>
public sealed record PlanSection(SectionKind Kind, PlanText Heading, ImmutableArray<PlanText> Paragraphs)
{
    /// <inheritdoc />
    public bool Equals(PlanSection? other) => other is not null && Kind == other.Kind && Heading == other.Heading && Paragraphs.SequenceEqual(other.Paragraphs);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Heading, Paragraphs.Length);
}

/// <summary>One step of the ceremony programme (<em>một bước của Phần lễ</em>).</summary>
/// <param name="Kind">The typed step.</param>
/// <param name="Text">The step as written.</param>
/// <param name="Optional">Whether the plan marks it optional ("(nếu có)").</param>
public sealed record CeremonyStep(CeremonyStepKind Kind, PlanText Text, bool Optional);

/// <summary>The ceremony programme (<em>Phần lễ</em>): an ordered list of typed steps.</summary>
/// <param name="Steps">The steps in order.</param>
/// <param name="At">Where the programme starts.</param>
public sealed record CeremonyProgramme(ImmutableArray<CeremonyStep> Steps, Location? At = null)
{
    /// <summary>Whether a step of <paramref name="kind"/> is present.</summary>
    public bool Has(CeremonyStepKind kind)
    {
        if (Steps.IsDefault)
        {
            return false;
        }

        foreach (var s in Steps)
        {
            if (s.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(CeremonyProgramme? other) => other is not null && Steps.SequenceEqual(other.Steps) && Equals(At, other.At);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Steps.Length, At);
}

/// <summary>An activity of the festival part (<em>hoạt động Phần hội</em>).</summary>
/// <param name="Kinds">What the activity comprises (a paragraph may name several).</param>
/// <param name="Text">The activity as written.</param>
public sealed record FestivalActivity(ImmutableArray<FestivalActivityKind> Kinds, PlanText Text)
{
    /// <inheritdoc />
    public bool Equals(FestivalActivity? other) => other is not null && Kinds.SequenceEqual(other.Kinds) && Text == other.Text;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kinds.Length, Text);
}

/// <summary>
/// The campaign window of a plan (<em>thời gian tổ chức</em>), as stated: "Từ tháng 7/2024 – ngày 19/8/2024". A start
/// given as a month counts from its first day. Start and end are kept even when reversed, so the rules can say so.
/// </summary>
/// <param name="Start">First day, or null when not stated.</param>
/// <param name="End">Last day, or null when not stated.</param>
/// <param name="Text">The statement as written.</param>
public sealed record PlanWindow(LocalDate? Start, LocalDate? End, PlanText? Text = null)
{
    /// <summary>The window as an interval when both ends are known and in order.</summary>
    [JsonIgnore]
    public DateInterval? Interval => Start is { } s && End is { } e && s <= e ? new DateInterval(s, e) : null;
}

/// <summary>
/// The plan of the level above that this plan implements (<em>Kế hoạch cấp trên</em>, "Thực hiện Kế hoạch số … ngày
/// … của …").
/// </summary>
/// <param name="NumberText">Its number and symbol as written ("1975/KH-BCĐ").</param>
/// <param name="Date">Its date, or null.</param>
/// <param name="Issuer">Its issuer as written ("Ban Chỉ đạo 138 tỉnh Lạng Sơn").</param>
/// <param name="IssuerLevel">The issuer's level.</param>
/// <param name="Text">The basis sentence as written.</param>
public sealed record ParentPlanReference(string? NumberText, LocalDate? Date, string? Issuer, AdministrativeLevel IssuerLevel, PlanText? Text = null)
{
    /// <summary>The parsed number and symbol, or null when missing or malformed.</summary>
    [JsonIgnore]
    public DocumentNumber? Number => NumberText is { } t && DocumentNumber.Parse(t) is { Success: true } r ? r.Value : null;
}

/// <summary>The body that issued a plan (<em>cơ quan ban hành</em>).</summary>
/// <param name="Name">Its name as written in the header ("BAN CHỈ ĐẠO 138 TỈNH LẠNG SƠN"), or null.</param>
/// <param name="Level">Its level.</param>
/// <param name="UnitTypeCode">Code of its unit type (<see cref="UnitType.Code"/>), e.g. "thi-tran", or null.</param>
/// <param name="Kind">Committee, People's Committee, police or other.</param>
/// <param name="At">Where the name is.</param>
public sealed record PlanIssuer(string? Name, AdministrativeLevel Level, string? UnitTypeCode, IssuerKind Kind, Location? At = null)
{
    /// <summary>The unit type, or null.</summary>
    [JsonIgnore]
    public UnitType? UnitType => UnitTypeCode is null ? null : UnitType.FromCode(UnitTypeCode);
}

/// <summary>A task assigned to an agency in the implementation part (<em>nhiệm vụ được giao</em>).</summary>
/// <param name="Agency">The agency charged ("Công an huyện"), or null.</param>
/// <param name="Text">The task as written.</param>
public sealed record ImplementationTask(string? Agency, PlanText Text);
