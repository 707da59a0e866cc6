using AntqDomain.Committees;
using AntqDomain.Administration;
using AntqDomain.Documents;
using AntqDomain.Rules;
using NodaTime;
using static AntqDomain.Language.RuleText;
using Severity = AntqDomain.Rules.FindingSeverity;
using AntqDomain.Language;
using AntqDomain.Legal;

namespace AntqDomain.Rules;

/// <summary>What a committee rule's predicate sees: the committee and the date it is judged on.</summary>
internal sealed class CommitteeRuleContext(SteeringCommittee committee, LocalDate on) : RuleContext(on)
{
    public SteeringCommittee Committee { get; } = committee;

    /// <summary>The members serving on the date.</summary>
    public IEnumerable<CommitteeMember> Serving => Committee.Members.Where(m => m.ServesOn(Date));

    public static Location Member(int index, string field = "") => Location.AtPath($"$.committee.members[{index}]{field}");
}

/// <summary>ANTQ95x — steering committees (<em>Ban Chỉ đạo</em>): who heads them, who stands for them, what they are called.</summary>
internal static class CommitteeRules
{
    /// <summary>The district police were dissolved ahead of the district level (about 1 March 2025).</summary>

    private static readonly Citation Setup = Citations.Guide("Ban Chỉ đạo: thành phần, cơ quan thường trực");

    /// <summary>The district police by name; spelled out, since folded "Công an quản lý" (the police manage) reads as "Công an quận".</summary>
    private static readonly SpelledPhrase[] DistrictPolice = [new("công an huyện"), new("công an quận"), new("công an thị xã")];

    /// <summary>
    /// The unit words of each level as posts name them ("Chủ tịch UBND huyện"). A city ("thành phố") is a province or a
    /// district, so it tells no level.
    /// </summary>
    private static readonly (AdministrativeLevel Level, SpelledPhrase[] Words)[] LevelWords =
    [
        (AdministrativeLevel.Province, [UnitNames.Province]),
        (AdministrativeLevel.District, [UnitNames.RuralDistrict, UnitNames.UrbanDistrict, UnitNames.DistrictTown]),
        (AdministrativeLevel.Commune, [UnitNames.Commune, UnitNames.Ward, UnitNames.Township, UnitNames.SpecialZone]),
    ];

    public static IEnumerable<Rule<CommitteeRuleContext>> All()
    {
        yield return new(
            new(new("ANTQ951"), FindingSeverity.Warning, EffectivePeriod.Always, Setup,
                "Trưởng ban không phải Chủ tịch UBND cùng cấp", "Head is not the chair of the People's Committee of the level",
                "Trưởng ban của {name} không đúng quy định: {problem}.", "The head of {name} is not as the rules say: {problemEn}."),
            static (c, r) =>
            {
                var cm = c.Committee;
                var heads = c.Serving.Where(m => m.Role == CommitteeRole.Head).ToList();
                if (heads.Count != 1)
                {
                    c.Report(r, Location.AtPath("$.committee.members"), null, ("name", cm.Name),
                        ("problem", heads.Count == 0 ? $"không có Trưởng ban đương nhiệm ngày {Date(c.Date)}" : $"có {heads.Count} Trưởng ban cùng đương nhiệm ngày {Date(c.Date)}"),
                        ("problemEn", heads.Count == 0 ? $"no head serving on {Date(c.Date)}" : $"{heads.Count} heads serving on {Date(c.Date)}"));
                    return;
                }

                var head = heads[0];
                bool chair = head.IsPeoplesCommitteeChair;
                var postLevel = PostLevel(head.Position);
                bool sameLevel = cm.Level == AdministrativeLevel.Central || postLevel is null || postLevel == cm.Level;
                if (cm.Level != AdministrativeLevel.Central && (!chair || !sameLevel))
                {
                    c.Report(r, CommitteeRuleContext.Member(cm.Members.IndexOf(head), ".position"), head.Position, ("name", cm.Name),
                        ("problem", $"Trưởng ban ({head.Position}) phải là Chủ tịch (hoặc Phó Chủ tịch) UBND {LevelVi(cm.Level)}"),
                        ("problemEn", $"the head ({head.Position}) must be the chair (or a vice-chair) of the {LevelEn(cm.Level)} People's Committee"));
                }
            });

        yield return new(
            new(new("ANTQ952"), FindingSeverity.Warning, EffectivePeriod.Always, Setup,
                "Phó Trưởng ban thường trực không phải Trưởng Công an cùng cấp", "Standing deputy is not the head of the police of the level",
                "Phó Trưởng ban thường trực của {name} không đúng quy định: {problem}.", "The standing deputy of {name} is not as the rules say: {problemEn}."),
            static (c, r) =>
            {
                var cm = c.Committee;
                if (c.Serving.FirstOrDefault(m => m.Role == CommitteeRole.StandingDeputy) is not { } deputy)
                {
                    c.Report(r, Location.AtPath("$.committee.members"), null, ("name", cm.Name),
                        ("problem", $"không có Phó Trưởng ban thường trực đương nhiệm ngày {Date(c.Date)}"), ("problemEn", $"no standing deputy serving on {Date(c.Date)}"));
                    return;
                }

                string post = VietnameseText.Fold(SpacedWords.Even(deputy.Position));
                bool policeHead = post.Contains("cong an", StringComparison.Ordinal) && (post.Contains("truong", StringComparison.Ordinal) || post.Contains("giam doc", StringComparison.Ordinal) || post.Contains("thu truong", StringComparison.Ordinal) || post.Contains("cuc truong", StringComparison.Ordinal))
                                 && !post.Contains("pho truong", StringComparison.Ordinal) && !post.Contains("pho giam doc", StringComparison.Ordinal);
                if (!policeHead)
                {
                    c.Report(r, CommitteeRuleContext.Member(cm.Members.IndexOf(deputy), ".position"), deputy.Position, ("name", cm.Name),
                        ("problem", $"Phó Trưởng ban thường trực ({deputy.Position}) phải là người đứng đầu Công an {LevelVi(cm.Level)}"),
                        ("problemEn", $"the standing deputy ({deputy.Position}) must be the head of the {LevelEn(cm.Level)} police"));
                }
            });

        yield return new(
            new(new("ANTQ953"), FindingSeverity.Warning, EffectivePeriod.Always, Setup,
                "Cơ quan thường trực không phải Công an", "Standing agency is not the police",
                "{name}: cơ quan thường trực là \"{found}\", không phải Công an {level}.", "{name}: the standing agency is \"{found}\", not the {levelEn} police."),
            static (c, r) =>
            {
                if (!c.Committee.StandingAgencyIsPolice)
                {
                    c.Report(r, Location.AtPath("$.committee.standingAgency"), c.Committee.StandingAgency, ("name", c.Committee.Name), ("found", c.Committee.StandingAgency ?? "(không nêu)"),
                        ("level", LevelVi(c.Committee.Level)), ("levelEn", LevelEn(c.Committee.Level)));
                }
            });

        yield return new(
            new(new("ANTQ954"), FindingSeverity.Warning, EffectivePeriod.Always, Setup,
                "Tên Ban Chỉ đạo không phù hợp cấp", "Committee name does not fit its level",
                "Tên Ban Chỉ đạo \"{name}\" không phù hợp: {problem}.", "The committee name \"{name}\" does not fit: {problemEn}."),
            static (c, r) =>
            {
                var cm = c.Committee;
                string f = VietnameseText.Fold(SpacedWords.Even(cm.Name));
                var (named, _) = UnitNameClassifier.Classify(cm.Name);
                (string Vi, string En)? problem =
                    !f.Contains("ban chi dao", StringComparison.Ordinal) ? ("không phải tên một Ban Chỉ đạo", "it is not the name of a steering committee")
                    : cm.Level == AdministrativeLevel.Central && !f.Contains("trung uong", StringComparison.Ordinal) ? ("Ban Chỉ đạo cấp Trung ương mang tên \"… Trung ương\"", "the central committee's name ends in \"Trung ương\"")
                    : named is not AdministrativeLevel.Unknown && named != cm.Level ? ($"tên chỉ cấp {LevelVi(named)}, nhưng Ban Chỉ đạo thuộc cấp {LevelVi(cm.Level)}", $"the name is of the {LevelEn(named)} level, but the committee is of the {LevelEn(cm.Level)} level")
                    : null;
                if (problem is { } p)
                {
                    c.Report(r, Location.AtPath("$.committee.name"), cm.Name, ("name", cm.Name), ("problem", p.Vi), ("problemEn", p.En));
                }
            });

        yield return new(
            new(new("ANTQ955"), FindingSeverity.Error, new EffectivePeriod(UnitType.FirstDayOfTwoTiers), Citations.LocalGovernment2025,
                "Ban Chỉ đạo cấp huyện không còn", "District committee after the reform",
                "{name}: cấp huyện không còn từ ngày 01/7/2025; ngày {date} không thể có Ban Chỉ đạo cấp huyện.",
                "{name}: the district level no longer exists from 1 July 2025; there is no district committee on {date}."),
            static (c, r) =>
            {
                if (c.Committee.Level == AdministrativeLevel.District)
                {
                    c.Report(r, Location.AtPath("$.committee.level"), null, ("name", c.Committee.Name), ("date", Date(c.Date)));
                }
            });

        yield return new(
            new(new("ANTQ956"), FindingSeverity.Warning, new EffectivePeriod(Administration.UnitType.DistrictPoliceEnded), Citations.LocalGovernment2025,
                "Chức vụ của thành viên không còn tồn tại", "A member's post no longer exists",
                "{name}: \"{found}\" không còn từ {since}.", "{name}: \"{found}\" no longer exists from {since}."),
            static (c, r) =>
            {
                var cm = c.Committee;
                for (int i = 0; i < cm.Members.Length; i++)
                {
                    var m = cm.Members[i];
                    if (!m.ServesOn(c.Date))
                    {
                        continue;
                    }

                    string position = SpacedWords.Even(m.Position);
                    string post = VietnameseText.Fold(position);
                    LocalDate? gone =
                        DistrictPolice.Any(d => d.IndexIn(position, post) >= 0) ? Administration.UnitType.DistrictPoliceEnded
                        : c.Date >= UnitType.FirstDayOfTwoTiers && PostLevel(position, post) == AdministrativeLevel.District && !post.Contains("thanh pho", StringComparison.Ordinal) ? UnitType.FirstDayOfTwoTiers
                        : c.Date >= UnitType.FirstDayOfTwoTiers && post.Contains("thi tran", StringComparison.Ordinal) ? UnitType.FirstDayOfTwoTiers
                        : c.Date >= UnitType.FirstDayOfTwoTiers && ProvinceMergers.FindFormerProvince(post) is not null ? UnitType.FirstDayOfTwoTiers
                        : null;
                    if (gone is { } since)
                    {
                        c.Report(r, CommitteeRuleContext.Member(i, ".position"), m.Position, ("name", cm.Name), ("found", m.Position), ("since", Date(since)));
                    }
                }
            });
    }

    /// <summary>The level a post names by its unit word ("Chủ tịch UBND huyện" → district), or null.</summary>
    internal static AdministrativeLevel? PostLevel(string post)
    {
        string even = SpacedWords.Even(post);
        return PostLevel(even, VietnameseText.Fold(even));
    }

    /// <summary>As <see cref="PostLevel(string)"/>, with the post already folded.</summary>
    private static AdministrativeLevel? PostLevel(string post, string folded)
    {
        foreach (var (level, words) in LevelWords)
        {
            if (words.Any(w => w.IndexIn(post, folded) >= 0))
            {
                return level;
            }
        }

        return null;
    }

    internal static string LevelVi(AdministrativeLevel level) => level switch
    {
        AdministrativeLevel.Central => "Trung ương",
        AdministrativeLevel.Province => "cấp tỉnh",
        AdministrativeLevel.District => "cấp huyện",
        AdministrativeLevel.Commune => "cấp xã",
        _ => "cùng cấp",
    };

    internal static string LevelEn(AdministrativeLevel level) => level switch
    {
        AdministrativeLevel.Central => "central",
        AdministrativeLevel.Province => "province",
        AdministrativeLevel.District => "district",
        AdministrativeLevel.Commune => "commune",
        _ => "same-level",
    };
}
