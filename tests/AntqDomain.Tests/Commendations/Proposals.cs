using AntqDomain.Commendations;
using AntqDomain.Tests.Support;
using NodaTime;
using AntqDomain.Rules;

namespace AntqDomain.Tests.Commendations;

/// <summary>Proposals that pass every commendation rule, to mutate one fact at a time.</summary>
internal static class Proposals
{
    public static readonly AwardValidator Validator = new(clock: FixedClock.At(2026, 11, 22));

    /// <summary>A man with 16 years in the grassroots force, proposed for the medal on 2025-08-01.</summary>
    public static AwardProposal GrassrootsMedal(LocalDate? on = null) => new()
    {
        Nominee = new Nominee
        {
            Name = "Nguyễn Văn Bình",
            Sex = Sex.Male,
            Service = [new ServicePeriod(ServiceRole.GrassrootsForce, new LocalDate(2009, 7, 1), Post: "Tổ bảo vệ ANTT thôn Đông")],
        },
        Form = CommendationForm.CommemorativeMedal,
        Kind = AwardKind.EmulationMovement,
        Authority = Authority.MinisterOfPublicSecurity,
        Date = on ?? new LocalDate(2025, 8, 1),
    };

    /// <summary>A commune chair in post for 12 years with an earlier movement award, proposed for the medal on 2025-08-01.</summary>
    public static AwardProposal LeaderMedal() => new()
    {
        Nominee = new Nominee
        {
            Name = "Trần Thị Hoa",
            Sex = Sex.Female,
            Service = [new ServicePeriod(ServiceRole.Leader, new LocalDate(2013, 5, 1), Post: "Chủ tịch UBND xã")],
            PriorAwards = [new PriorAward(CommendationForm.CommendationCertificate, new LocalDate(2020, 8, 19), AwardKind.EmulationMovement, ForMovement: true)],
        },
        Form = CommendationForm.CommemorativeMedal,
        Authority = Authority.MinisterOfPublicSecurity,
        Date = new LocalDate(2025, 8, 1),
    };

    /// <summary>A certificate from a commune chair to a self-management team.</summary>
    public static AwardProposal CommuneCertificate() => new()
    {
        Nominee = new Nominee { Name = "Tổ tự quản thôn Đông", Kind = NomineeKind.Collective },
        Form = CommendationForm.CommendationCertificate,
        Kind = AwardKind.EmulationMovement,
        Authority = Authority.CommuneChair,
        Date = new LocalDate(2025, 8, 19),
        Wording = "Khen thưởng phong trào thi đua toàn dân bảo vệ an ninh Tổ quốc năm 2025",
    };

    public static string[] Codes(AwardProposal p) => [.. Validator.Check(p).Findings.Select(f => f.Code.Value)];
}
