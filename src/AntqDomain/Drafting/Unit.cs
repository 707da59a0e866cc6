using AntqDomain.Administration;
using AntqDomain.Calendar;
using AntqDomain.Documents;
using AntqDomain.Internal;
using AntqDomain.Plans;
using NodaTime;
using AntqDomain.Language;

namespace AntqDomain.Drafting;

/// <summary>The unit a plan is drafted for, with the names its bodies go by at its level.</summary>
internal sealed class Unit
{
    /// <summary>The central steering committee's name inside a sentence.</summary>
    public const string CentralCommittee = "Ban Chỉ đạo thực hiện phong trào toàn dân bảo vệ ANTQ Trung ương";

    /// <summary>The unit type a type word means at a level ("thành phố" is a centrally governed city at province level, a provincial city at district level), or null.</summary>
    private static UnitType? TypeOf(string word, AdministrativeLevel level) => (word, level) switch
    {
        ("thành phố", AdministrativeLevel.Province) => UnitType.CentralCity,
        ("thành phố", AdministrativeLevel.District) => UnitType.ProvincialCity,
        ("thị trấn", AdministrativeLevel.Commune) => UnitType.Township,
        ("thị xã", AdministrativeLevel.District) => UnitType.DistrictTown,
        ("đặc khu", AdministrativeLevel.Commune) => UnitType.SpecialZone,
        ("phường", AdministrativeLevel.Commune) => UnitType.Ward,
        ("huyện", AdministrativeLevel.District) => UnitType.RuralDistrict,
        ("quận", AdministrativeLevel.District) => UnitType.UrbanDistrict,
        ("tỉnh", AdministrativeLevel.Province) => UnitType.Province,
        ("xã", AdministrativeLevel.Commune) => UnitType.Commune,
        _ => null,
    };

    private Unit(AdministrativeLevel level, UnitType? type, string typeWord, string name)
    {
        Level = level;
        Type = type;
        TypeWord = typeWord;
        Name = name;
    }

    public AdministrativeLevel Level { get; }

    public UnitType? Type { get; }

    /// <summary>"tỉnh", "thành phố", "xã"…; empty at central level.</summary>
    public string TypeWord { get; }

    /// <summary>The proper name ("Tuyên Quang"); empty at central level.</summary>
    public string Name { get; }

    private string Full => TypeWord + " " + Name;

    private string Upper => Full.ToUpper(Localization.Vietnamese);

    private string CommitteeTag => Level == AdministrativeLevel.Commune ? "ANTT" : "138";

    public string Place => Level == AdministrativeLevel.Central ? "Hà Nội" : Name;

    public string CommitteeHeader => Level == AdministrativeLevel.Central
        ? "BỘ CÔNG AN BAN CHỈ ĐẠO THỰC HIỆN PHONG TRÀO TOÀN DÂN BẢO VỆ ANTQ TRUNG ƯƠNG"
        : $"UBND {Upper} BAN CHỈ ĐẠO {CommitteeTag}";

    public string PeoplesCommitteeHeader => "ỦY BAN NHÂN DÂN " + Upper;

    /// <summary>The post of the host body's head, written under "TRƯỞNG BAN" when the head signs ("CHỦ TỊCH UBND TỈNH TUYÊN QUANG").</summary>
    public string HostHeadTitle => Level == AdministrativeLevel.Central ? "BỘ TRƯỞNG BỘ CÔNG AN" : "CHỦ TỊCH UBND " + Upper;

    public string CommitteeFull => Level == AdministrativeLevel.Central ? CentralCommittee : $"Ban Chỉ đạo {CommitteeTag} {Full}";

    public string CommitteeShort => Level == AdministrativeLevel.Central ? "Ban Chỉ đạo Trung ương" : $"Ban Chỉ đạo {CommitteeTag} {TypeWord}";

    public string PeoplesCommitteeFull => "Ủy ban nhân dân " + Full;

    /// <summary>The police of the level: the standing agency of its committee.</summary>
    public string Police => Level switch
    {
        AdministrativeLevel.Central => "Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc, Bộ Công an",
        AdministrativeLevel.Province => Type == UnitType.CentralCity ? "Công an thành phố" : "Công an tỉnh",
        _ => "Công an " + TypeWord,
    };

    /// <summary>
    /// The police that serve the unit's committee on <paramref name="date"/>: district police were dissolved on
    /// 2025-03-01, so from then a district's plan charges the province police, which took over their tasks.
    /// </summary>
    public string PoliceOn(LocalDate date) => Level == AdministrativeLevel.District && date >= Administration.UnitType.DistrictPoliceEnded ? "Công an tỉnh" : Police;

    /// <summary>The drafting unit in the archive line on <paramref name="date"/> (see <see cref="PoliceOn"/>).</summary>
    public string PoliceAbbreviationOn(LocalDate date) => Level == AdministrativeLevel.District && date >= Administration.UnitType.DistrictPoliceEnded ? "CAT" : PoliceAbbreviation;

    public string PoliceAbbreviation => Level switch
    {
        AdministrativeLevel.Central => "V05",
        AdministrativeLevel.Province => Type == UnitType.CentralCity ? "CATP" : "CAT",
        _ => "CA" + string.Concat(TypeWord.Split(' ').Select(w => char.ToUpper(w[0], Localization.Vietnamese))),
    };

    /// <summary>The body above, in a sentence, with a placeholder for its name when it is not known.</summary>
    public string UpperBody => Level switch
    {
        AdministrativeLevel.Province => CentralCommittee,
        AdministrativeLevel.District => "Ban Chỉ đạo 138 tỉnh " + Placeholder.ParentUnit.Text,
        _ => (ThreeTiers ? "Ban Chỉ đạo 138 huyện " : "Ban Chỉ đạo 138 tỉnh ") + Placeholder.ParentUnit.Text,
    };

    /// <summary>The body above, short, for "Nơi nhận".</summary>
    public string UpperBodyShort => Level switch
    {
        AdministrativeLevel.Province => "Ban Chỉ đạo Trung ương",
        AdministrativeLevel.District => "Ban Chỉ đạo 138 tỉnh",
        _ => ThreeTiers ? "Ban Chỉ đạo 138 huyện" : "Ban Chỉ đạo 138 tỉnh",
    };

    public string Scope => Level == AdministrativeLevel.Central
        ? "khu dân cư, xã, phường, cơ quan, doanh nghiệp, cơ sở giáo dục trên phạm vi toàn quốc."
        : $"khu dân cư, cơ quan, doanh nghiệp, cơ sở giáo dục trên địa bàn {TypeWord}.";

    public string Participants => Level == AdministrativeLevel.Central
        ? "đại biểu lãnh đạo Bộ Công an, các bộ, ngành, đoàn thể Trung ương, người có uy tín và đại diện Nhân dân."
        : $"đại biểu lãnh đạo {TypeWord}, người có uy tín, đại diện Nhân dân và các cơ quan, đơn vị trên địa bàn.";

    public string Funding => Level == AdministrativeLevel.Central
        ? "ngân sách nhà nước bảo đảm cho Bộ Công an và nguồn xã hội hóa."
        : "ngân sách địa phương theo phân cấp và nguồn xã hội hóa.";

    public string CommendingAuthority => Level == AdministrativeLevel.Central ? "Bộ trưởng Bộ Công an" : "Chủ tịch Ủy ban nhân dân " + TypeWord;

    /// <summary>Whether the issue date is in the three-tier period (set by <see cref="CheckExistsOn"/>).</summary>
    private bool ThreeTiers { get; set; } = true;

    public string LowerUnits(bool twoTiers) => Level switch
    {
        AdministrativeLevel.Central => "Ban Chỉ đạo 138 các tỉnh, thành phố trực thuộc trung ương",
        AdministrativeLevel.Province => "Các sở, ban, ngành, đoàn thể và Ủy ban nhân dân các " + (twoTiers ? "xã, phường, đặc khu" : "huyện, thị xã, thành phố"),
        AdministrativeLevel.District => "Các phòng, ban, đoàn thể và Ủy ban nhân dân các xã, thị trấn",
        _ => $"Các ban, ngành, đoàn thể {TypeWord} và các thôn, tổ dân phố",
    };

    public string LowerRecipients(bool twoTiers) => Level switch
    {
        AdministrativeLevel.Central => "Ban Chỉ đạo 138 các tỉnh, thành phố trực thuộc trung ương",
        AdministrativeLevel.Province => twoTiers ? "Ban Chỉ đạo ANTT các xã, phường, đặc khu" : "Ban Chỉ đạo 138 các huyện, thị xã, thành phố",
        AdministrativeLevel.District => "Ban Chỉ đạo ANTT các xã, thị trấn",
        _ => "Các thôn, tổ dân phố",
    };

    /// <summary>Reads the request's unit: its type word, name and level.</summary>
    public static Unit Of(PlanDraftRequest request)
    {
        if (!FestivalYear.IsSupported(request.Year))
        {
            throw new DraftRequestException($"The festival is held from {FestivalYear.FirstYear}; {request.Year} has none.");
        }

        if (request.IssuingBody is not (IssuerKind.SteeringCommittee or IssuerKind.PeoplesCommittee))
        {
            throw new DraftRequestException($"A festival plan is drafted for a steering committee or a People's Committee, not {request.IssuingBody}.");
        }

        switch (request.Level)
        {
            case AdministrativeLevel.Central:
                if (request.IssuingBody == IssuerKind.PeoplesCommittee)
                {
                    throw new DraftRequestException("There is no People's Committee at central level: the central plan is issued by the central steering committee.");
                }

                return new Unit(AdministrativeLevel.Central, null, string.Empty, string.Empty);
            case AdministrativeLevel.Province or AdministrativeLevel.District or AdministrativeLevel.Commune:
                break;
            default:
                throw new DraftRequestException($"Plans are drafted for the central, province, district or commune level, not '{request.Level}'.");
        }

        string unit = VietnameseText.Normalize(request.UnitName ?? string.Empty).Trim();
        while (unit.Contains("  ", StringComparison.Ordinal))
        {
            unit = unit.Replace("  ", " ", StringComparison.Ordinal);
        }

        foreach (var word in UnitNames.TypeWords)
        {
            if (unit.Length > word.Length + 1 && unit.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase))
            {
                string name = unit[(word.Length + 1)..].Trim();
                var t = TypeOf(word, request.Level) ?? throw new DraftRequestException($"'{unit}' is not a unit of the {request.Level.ToString().ToLowerInvariant()} level.");
                if (name.Length == 0 || !char.IsLetter(name[0]))
                {
                    break;
                }

                return new Unit(request.Level, t, word, char.ToUpper(name[0], Localization.Vietnamese) + name[1..]);
            }
        }

        throw new DraftRequestException($"The unit name must start with its type, e.g. \"xã Đồng Tâm\", \"tỉnh Tuyên Quang\"; '{unit}' does not.");
    }

    /// <summary>Refuses a unit that does not exist on <paramref name="date"/>.</summary>
    public void CheckExistsOn(LocalDate date)
    {
        ThreeTiers = date < UnitType.FirstDayOfTwoTiers;
        if (Level == AdministrativeLevel.Central)
        {
            return;
        }

        if (!UnitType.LevelExistsOn(Level, date))
        {
            throw new DraftRequestException($"The district level was abolished on {UnitType.FirstDayOfTwoTiers:dd/MM/yyyy}; a plan dated {date:dd/MM/yyyy} cannot be issued by {Full}.");
        }

        if (Type is { } t && !t.ExistsOn(date))
        {
            string when = t.ValidTo is { } to ? $"until {to:dd/MM/yyyy}" : $"from {t.ValidFrom:dd/MM/yyyy}";
            throw new DraftRequestException($"A {t.NameEn} ({t.NameVi}) exists only {when}; a plan dated {date:dd/MM/yyyy} cannot be issued by {Full}.");
        }

        if (Level == AdministrativeLevel.Province && date >= ProvinceMergers.EffectiveOn
            && ProvinceMergers.FindFormerProvince(VietnameseText.Fold("tỉnh " + Name)) is { } merged)
        {
            throw new DraftRequestException($"{merged.Merger.Former} was merged into {merged.Merger.Successor} on {ProvinceMergers.EffectiveOn:dd/MM/yyyy}; draft the plan for {merged.Merger.Successor}.");
        }
    }
}
