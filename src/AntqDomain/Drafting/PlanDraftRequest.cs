using AntqDomain.Administration;
using AntqDomain.Plans;
using NodaTime;

namespace AntqDomain.Drafting;

/// <summary>
/// What a festival plan is drafted for (<em>yêu cầu soạn dự thảo kế hoạch</em>): the unit, its level, the festival
/// year and, optionally, the facts a drafter cannot know. Anything left null becomes a placeholder or a computed default.
/// </summary>
/// <param name="UnitName">The unit with its type word: "xã Đồng Tâm", "tỉnh Tuyên Quang", "huyện Bắc Sơn"; ignored at central level.</param>
/// <param name="Level">Central, province, district (until 30/6/2025) or commune.</param>
/// <param name="Year">The festival year (2005 or later).</param>
public sealed record PlanDraftRequest(string UnitName, AdministrativeLevel Level, int Year)
{
    /// <summary>The issuing body: the steering committee (default) or the People's Committee of the level.</summary>
    public IssuerKind IssuingBody { get; init; } = IssuerKind.SteeringCommittee;

    /// <summary>The issue date; by default two weeks before the window opens, and never before the parent plan.</summary>
    public LocalDate? IssueDate { get; init; }

    /// <summary>The plan of the level above, whose number, date and window the draft follows; null leaves placeholders.</summary>
    public FestivalPlan? Parent { get; init; }

    /// <summary>The document number once registered; null writes the placeholder "[số]".</summary>
    public int? Number { get; init; }

    /// <summary>The signer's full name; null writes a placeholder.</summary>
    public string? SignerName { get; init; }

    /// <summary>Whether a deputy signs for the head ("KT."); by default the head signs.</summary>
    public bool DeputySigns { get; init; }

    /// <summary>The showcase site of a province or district plan ("xã Phương Độ"); null writes a placeholder.</summary>
    public string? ShowcaseSite { get; init; }

    /// <summary>The day in August of the ceremony, for the backdrop title; null writes a placeholder.</summary>
    public int? CeremonyDay { get; init; }
}
