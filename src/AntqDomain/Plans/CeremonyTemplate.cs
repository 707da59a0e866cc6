using System.Collections.Immutable;
using NodaTime;

namespace AntqDomain.Plans;

/// <summary>
/// An ordered ceremony template (<em>trình tự Phần lễ</em>): the typed steps in order, each required or optional, and
/// the date from which guidance uses it. Templates are data: users may pass their own to the validator.
/// </summary>
/// <param name="Id">A stable identifier ("guide-2024").</param>
/// <param name="Name">A human name.</param>
/// <param name="ValidFrom">The first day plans follow it.</param>
/// <param name="Steps">The steps in order with their optional flag.</param>
public sealed record CeremonyTemplate(string Id, string Name, LocalDate ValidFrom, ImmutableArray<(CeremonyStepKind Kind, bool Optional)> Steps)
{
    /// <summary>Decree 111/2018/NĐ-CP art. 13 cl. 1: the general order of an anniversary ceremony.</summary>
    public static CeremonyTemplate Decree111 { get; } = new(
        "decree-111-art-13",
        "Nghị định 111/2018/NĐ-CP, Điều 13 khoản 1",
        new LocalDate(2018, 10, 15),
        [
            (CeremonyStepKind.Programme, false), (CeremonyStepKind.FlagSalute, false), (CeremonyStepKind.Introduction, false),
            (CeremonyStepKind.OpeningSpeech, false), (CeremonyStepKind.Awards, true), (CeremonyStepKind.SuperiorSpeech, true),
            (CeremonyStepKind.HostReply, false), (CeremonyStepKind.Closing, false),
        ]);

    /// <summary>The festival guidance as applied in 2024 plans (eleven steps).</summary>
    public static CeremonyTemplate Guide2024 { get; } = new(
        "guide-2024",
        "Hướng dẫn tổ chức Phần lễ (kế hoạch năm 2024)",
        new LocalDate(2024, 1, 1),
        [
            (CeremonyStepKind.WelcomePerformance, true), (CeremonyStepKind.FlagSalute, false), (CeremonyStepKind.Introduction, false),
            (CeremonyStepKind.Programme, false), (CeremonyStepKind.OpeningSpeech, false), (CeremonyStepKind.Discussion, false),
            (CeremonyStepKind.Awards, false), (CeremonyStepKind.SuperiorSpeech, true), (CeremonyStepKind.HostReply, false),
            (CeremonyStepKind.PledgeSigning, true), (CeremonyStepKind.Closing, false),
        ]);

    /// <summary>The 2025 guidance: the 2024 steps plus the launch of a model before closing.</summary>
    public static CeremonyTemplate Guide2025 { get; } = Guide2024 with
    {
        Id = "guide-2025",
        Name = "Hướng dẫn tổ chức Phần lễ (kế hoạch năm 2025)",
        ValidFrom = new LocalDate(2025, 1, 1),
        Steps = Guide2024.Steps.Insert(Guide2024.Steps.Length - 1, (CeremonyStepKind.ModelLaunch, true)),
    };

    /// <summary>The built-in templates.</summary>
    public static ImmutableArray<CeremonyTemplate> All { get; } = [Decree111, Guide2024, Guide2025];

    /// <summary>The festival guidance template in force on <paramref name="date"/> (the latest guide that started by then; the 2024 guide before 2024).</summary>
    /// <param name="date">The day asked about.</param>
    /// <returns>The template.</returns>
    public static CeremonyTemplate GuideOn(LocalDate date) => date >= Guide2025.ValidFrom ? Guide2025 : Guide2024;

    /// <summary>The position of <paramref name="kind"/> in the template, or -1.</summary>
    /// <param name="kind">The kind of step.</param>
    /// <returns>Its index from 0, or -1 when the template has no such step.</returns>
    public int IndexOf(CeremonyStepKind kind)
    {
        for (int i = 0; i < Steps.Length; i++)
        {
            if (Steps[i].Kind == kind)
            {
                return i;
            }
        }

        return -1;
    }

    /// <inheritdoc />
    public bool Equals(CeremonyTemplate? other) => other is not null && Id == other.Id && ValidFrom == other.ValidFrom && Steps.SequenceEqual(other.Steps);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, ValidFrom);
}
