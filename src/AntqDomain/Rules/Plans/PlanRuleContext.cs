using AntqDomain.Documents;
using AntqDomain.Plans;
using NodaTime;
using AntqDomain.Language;

namespace AntqDomain.Rules;

/// <summary>What a plan rule's predicate sees: the plan, its parent (when given), the date and year in force, and the scan.</summary>
internal sealed class PlanRuleContext(FestivalPlan plan, FestivalPlan? parent, LocalDate date, PlanFacts facts, Calendar.CentralCampaignWindows centralWindows)
    : RuleContext(date)
{
    /// <summary>The central plan's window for the plan's festival year, when known.</summary>
    public Calendar.CentralCampaignWindow? CentralWindow => Year is { } y ? centralWindows.For(y) : null;

    public FestivalPlan Plan { get; } = plan;

    /// <summary>
    /// A document other than a festival plan gets the document-form (ANTQ1xx) and, when it is a plan or a report, the
    /// cascade (ANTQ5xx) rules only; the festival rules (calendar, content, ceremony) do not concern it, and a decision or
    /// a notice implements no plan of the level above.
    /// </summary>
    public override bool Applies(RuleDefinition rule)
        => Plan.DocumentKind == DocumentKind.FestivalPlan || rule.Code.Value is ['A', 'N', 'T', 'Q', '1', ..]
           || (Plan.DocumentKind != DocumentKind.Other && rule.Code.Value is ['A', 'N', 'T', 'Q', '5', ..]);

    public FestivalPlan? Parent { get; } = parent;

    /// <summary>The festival year (title, else issue date, else window); null when unknown.</summary>
    public int? Year => Facts.FestivalYear;

    public Mention[] Mentions => Facts.Mentions;

    /// <summary>What this validation run derived from the plan (see <see cref="PlanFacts"/>).</summary>
    public PlanFacts Facts { get; } = facts;

    /// <summary>Whether the plan's text states anything of <paramref name="kinds"/> (a bit mask of <see cref="MentionKind"/>s).</summary>
    public bool MentionsAny(int kinds) => (Facts.MentionKinds & kinds) != 0;

    /// <summary>The bit mask of <paramref name="kinds"/>.</summary>
    public static int Mask(params ReadOnlySpan<MentionKind> kinds)
    {
        int mask = 0;
        foreach (var k in kinds)
        {
            mask |= 1 << (int)k;
        }

        return mask;
    }

    /// <summary>The plan's number parsed once per plan, or null when absent.</summary>
    public NodaTime.Text.ParseResult<DocumentNumber>? ParsedNumber => Facts.Number;

    /// <summary>The plan's number when present and well formed.</summary>
    public DocumentNumber? Number => ParsedNumber is { Success: true } r ? r.Value : null;

    /// <summary>A text location with its JSON path, or the path alone when there is no text location.</summary>
    public static Location Where(Location? at, string path) => at is { } a ? a with { Path = path } : Location.AtPath(path);

    /// <summary>A location of a piece of plan text, with its JSON path.</summary>
    public static Location? Where(PlanText? text, string path)
        => text?.At is { } at ? at with { Path = path } : Location.AtPath(path);

    /// <summary>
    /// Where a missing part of kind <paramref name="kind"/> belongs, for a finding about it: at the heading of the first
    /// part that should follow it, else at the last paragraph of the body; the JSON path is kept. Only the path for a
    /// plan read without positions.
    /// </summary>
    public Location BelongsBefore(SectionKind kind, string path)
    {
        foreach (var s in Plan.Sections)
        {
            if (s.Kind > kind && s.Kind != SectionKind.Funding && s.Heading.At is { } at)
            {
                return at with { Path = path };
            }
        }

        return BelongsAtEnd(path);
    }

    /// <summary>Where a missing statement of the part <paramref name="kind"/> belongs: that part's heading, else where the part itself belongs.</summary>
    public Location BelongsIn(SectionKind kind, string path)
        => Facts.Section(kind)?.Heading.At is { } at ? at with { Path = path } : BelongsBefore(kind - 1, path);

    /// <summary>Where a missing closing block (recipients, signature) belongs: after the last paragraph of the body.</summary>
    public Location BelongsAtEnd(string path)
    {
        var sections = Plan.Sections;
        for (int i = sections.Length - 1; i >= 0; i--)
        {
            var s = sections[i];
            var last = s.Paragraphs.IsDefaultOrEmpty ? s.Heading : s.Paragraphs[^1];
            if (last.At is { } at)
            {
                return at with { Path = path };
            }
        }

        return Location.AtPath(path);
    }
}


/// <summary>
/// What the rules derive from a plan before checking it (like a simulation in OpenFisca): the statements of its text,
/// its parsed number, and the facts several rules read from its text (archive line, signature wording, backdrop
/// title, police tasks, ceremony order against each template), and the folded form of all its text. Made for one
/// validation run and disposed with it; the scan of the text (statements, folded text) only when a rule first asks for
/// it. Nothing is kept on the plan. <see cref="PlanValidator.CheckOn"/> shares one
/// across several dates.
/// </summary>
internal sealed class PlanFacts : IDisposable
{
    /// <summary>
    /// The facts of <paramref name="plan"/>. Its text is scanned (each piece folded once) only when a rule first asks
    /// for a statement or the folded text: a validator that runs none of the text-reading rules never pays for it.
    /// </summary>
    public static PlanFacts Of(FestivalPlan plan) => new(plan);

    private PlanFacts(FestivalPlan plan)
    {
        this.plan = plan;
        Number = plan.NumberText is { } t ? DocumentNumber.Parse(t) : null;
        SymbolKind = Number is { Success: true } parsed ? DocumentFormRules.SymbolKind(parsed.Value.Issuer) : Plans.IssuerKind.Unknown;
        IssuerUnitType = plan.Issuer.UnitType;
        foreach (var s in plan.Sections)
        {
            if ((uint)s.Kind < (uint)sections.Length)
            {
                sections[(int)s.Kind] ??= s;
            }
        }

        FestivalYear = plan.FestivalYear;
        EffectiveDate = plan.EffectiveDate;
        IssueDate = plan.IssueDate;
        DateIsImpossible = plan.Dated is { IsImpossible: true };
        LatestPossibleDate = CascadeRules.LatestPossible(plan);
        var lines = plan.Signature?.Lines ?? [];
        if (!lines.IsDefaultOrEmpty)
        {
            bool committee = DocumentFormRules.AnyLineContains(lines, "tm. uy ban nhan dan");
            var signature = plan.Signature!;
            SignatureHasHead = signature.NamesCommitteeHead;
            SignatureIsPeoplesCommitteeForm = committee && signature.NamesChair;
            DeputyWithoutKt = signature.DeputySignsWithoutKt;
            SignatureKind = committee ? Plans.IssuerKind.PeoplesCommittee : SignatureHasHead ? Plans.IssuerKind.SteeringCommittee : Plans.IssuerKind.Unknown;
            for (int i = 0; i < lines.Length; i++)
            {
                if (SignatureBlock.PrefixOf(lines[i].Text) is { } prefix && !SignatureBlock.AllowedPrefixes.Contains(prefix))
                {
                    BadPrefixLine = i;
                    BadPrefix = prefix;
                    break;
                }
            }
        }

        Backdrop = BackdropFacts.Of(plan);
        if (plan.Ceremony is { Steps.IsDefaultOrEmpty: false } ceremony)
        {
            HasCeremonySteps = true;
            HasAwardsStep = ceremony.Has(CeremonyStepKind.Awards);
            var templates = CeremonyTemplate.All;
            MissingRequired = [.. CeremonyRules.Required.Where(k => !ceremony.Has(k))];
            OutOfOrderAt = new int[templates.Length];
            MissesOptional = new bool[templates.Length];
            for (int i = 0; i < templates.Length; i++)
            {
                OutOfOrderAt[i] = CeremonyRules.InOrder(ceremony.Steps, templates[i]);
                InOrderWithSomeTemplate |= OutOfOrderAt[i] < 0;
                foreach (var step in templates[i].Steps)
                {
                    MissesOptional[i] |= step.Optional && !ceremony.Has(step.Kind);
                }
            }
        }
    }

    private static readonly int KindCount = Enum.GetValues<MentionKind>().Length;

    private readonly FestivalPlan plan;

    private Scanned? scanned;

    private bool? policeCharged;

    private bool? hasCommendationItem;

    private bool disposed;

    /// <summary>What the scan of the plan's text found, made on first use.</summary>
    private sealed record Scanned(Mention[] Mentions, Mention[][] ByKind, int Kinds, FoldedTextItems Folded);

    private Scanned Scan()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (scanned is { } done)
        {
            return done;
        }

        var folded = new FoldedTextItems();
        try
        {
            var mentions = PlanScanner.Scan(plan, folded);
            var counts = new int[KindCount];
            int kinds = 0;
            foreach (var m in mentions)
            {
                kinds |= 1 << (int)m.Kind;
                counts[(int)m.Kind]++;
            }

            var byKind = new Mention[KindCount][];
            for (int k = 0; k < KindCount; k++)
            {
                byKind[k] = counts[k] == 0 ? [] : new Mention[counts[k]];
                counts[k] = 0;
            }

            foreach (var m in mentions)
            {
                byKind[(int)m.Kind][counts[(int)m.Kind]++] = m;
            }

            return scanned = new Scanned(mentions, byKind, kinds, folded);
        }
        catch
        {
            folded.Dispose();
            throw;
        }
    }

    // The first section of each kind, by the kind's value.
    private readonly PlanSection?[] sections = new PlanSection?[Enum.GetValues<SectionKind>().Length];

    /// <summary>The statements found in the plan's text, in text order (the text is scanned on first use).</summary>
    public Mention[] Mentions => Scan().Mentions;

    /// <summary>The folded form of every text item of the plan, in the order of its text items (valid during the run).</summary>
    public FoldedTextItems Folded => Scan().Folded;

    /// <summary>Whether the plan's text has been scanned in this run (for the test that holds the scan to being lazy).</summary>
    internal bool HasScanned => scanned is not null;

    /// <summary>Gives back the buffer of the folded text, if the text was scanned.</summary>
    public void Dispose()
    {
        disposed = true;
        scanned?.Folded.Dispose();
    }

    /// <summary>The statements of <paramref name="kind"/>, in text order.</summary>
    public Mention[] Of(MentionKind kind) => Scan().ByKind[(int)kind];

    /// <summary>One bit per <see cref="MentionKind"/> found, so that a rule with nothing to look at returns at once.</summary>
    public int MentionKinds => Scan().Kinds;

    public NodaTime.Text.ParseResult<DocumentNumber>? Number { get; }

    /// <summary>Who the number's issuer group says issued the plan (BCĐ…, UBND…, CA…); unknown without a well-formed number.</summary>
    public Plans.IssuerKind SymbolKind { get; }

    /// <summary>The issuer's unit type, when known.</summary>
    public Administration.UnitType? IssuerUnitType { get; }

    /// <summary>Whether the ceremony programme has typed steps.</summary>
    public bool HasCeremonySteps { get; }

    /// <summary>Whether the ceremony has an awards step.</summary>
    public bool HasAwardsStep { get; }

    /// <summary>The plan's first section of <paramref name="kind"/>, or null (as <see cref="FestivalPlan.Section"/>).</summary>
    public PlanSection? Section(SectionKind kind) => sections[(int)kind];

    /// <summary>The festival guide in force on <paramref name="date"/> and its position in <see cref="CeremonyTemplate.All"/>.</summary>
    public static (CeremonyTemplate Template, int Index) GuideOn(LocalDate date)
    {
        var guide = CeremonyTemplate.GuideOn(date);
        return (guide, TemplateIndex(guide));
    }

    /// <summary>The festival year (title, else issue date, else window).</summary>
    public int? FestivalYear { get; }

    /// <summary>The date the plan's requirements are chosen by when no date is asked for.</summary>
    public LocalDate? EffectiveDate { get; }

    /// <summary>The issue date, when the place-and-date line names a real date.</summary>
    public LocalDate? IssueDate { get; }

    /// <summary>Whether the place-and-date line names a day that does not exist.</summary>
    public bool DateIsImpossible { get; }

    /// <summary>The latest day the (possibly incomplete) issue date allows.</summary>
    public LocalDate? LatestPossibleDate { get; }

    /// <summary>Whether the ceremony follows the order of at least one template.</summary>
    public bool InOrderWithSomeTemplate { get; }

    /// <summary>Who the signature's wording says signed: a People's Committee ("TM. ỦY BAN NHÂN DÂN"), a steering committee ("TRƯỞNG BAN"), or unknown.</summary>
    public Plans.IssuerKind SignatureKind { get; }

    public bool SignatureHasHead { get; }

    public bool SignatureIsPeoplesCommitteeForm { get; }

    /// <summary>Whether a deputy signs without "KT." before the head's title.</summary>
    public bool DeputyWithoutKt { get; }

    /// <summary>The first signature line with a prefix other than TM., KT., Q., TL., TUQ., or null.</summary>
    public int? BadPrefixLine { get; }

    public string? BadPrefix { get; }

    public BackdropFacts Backdrop { get; }

    /// <summary>Whether the implementation part charges the police with leading, guiding or checking; read on first use.</summary>
    public bool PoliceCharged => policeCharged ??= Section(SectionKind.Implementation) is { } implementation && ContentRules.ChargesPolice(implementation);

    /// <summary>Whether an item outside the purposes is about commendation ("2. Khen thưởng …"); read on first use.</summary>
    public bool HasCommendationItem => hasCommendationItem ??= ContentRules.HasCommendationItem(plan);

    /// <summary>The required ceremony steps the programme lacks; null without steps.</summary>
    public CeremonyStepKind[]? MissingRequired { get; }

    /// <summary>Per <see cref="CeremonyTemplate.All"/>: the first step out of the template's order, or -1; null without steps.</summary>
    public int[]? OutOfOrderAt { get; }

    /// <summary>Per <see cref="CeremonyTemplate.All"/>: whether an optional step of the template is missing; null without steps.</summary>
    public bool[]? MissesOptional { get; }

    /// <summary>The position of <paramref name="template"/> in <see cref="CeremonyTemplate.All"/> (by reference: templates are singletons).</summary>
    public static int TemplateIndex(CeremonyTemplate template)
    {
        var all = CeremonyTemplate.All;
        for (int i = 0; i < all.Length; i++)
        {
            if (ReferenceEquals(all[i], template))
            {
                return i;
            }
        }

        return -1;
    }

    public bool States(MentionKind kind) => (MentionKinds & (1 << (int)kind)) != 0;
}

/// <summary>What the backdrop title's lines say, for rules ANTQ205 and ANTQ404.</summary>
internal sealed class BackdropFacts
{
    private static readonly BackdropFacts None = new() { Years = [] };

    /// <summary>Each four-digit year written after "năm", with its line.</summary>
    public required (int Line, int Year)[] Years { get; init; }

    /// <summary>The line that is just "NGÀY HỘI", or -1.</summary>
    public int FestivalLine { get; init; } = -1;

    /// <summary>Whether a line reads "TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC NĂM" with the festival year.</summary>
    public bool YearLine { get; init; }

    /// <summary>The last line with a day and month, or null.</summary>
    public PlanText? DateLine { get; init; }

    /// <summary>Whether that line is in August of the festival year.</summary>
    public bool AugustLine { get; init; }

    private static bool InWindow(string folded, PlanWindow? window)
    {
        if (window?.Interval is not { } interval)
        {
            return false;
        }

        var m = TextPatterns.PlaceDate().Match(folded);
        return m.Success && TextPatterns.Number(m.Groups["d"]) is { } d && TextPatterns.Number(m.Groups["m"]) is { } mo && TextPatterns.Number(m.Groups["y"]) is { } yr
               && Language.VietnameseDates.IsValid(yr, mo, d) && interval.Contains(new LocalDate(yr, mo, d));
    }

    public static BackdropFacts Of(FestivalPlan plan)
    {
        var lines = plan.BackdropTitle;
        if (lines.IsDefaultOrEmpty)
        {
            return None;
        }

        var years = new List<(int, int)>();
        int festival = -1;
        bool yearLine = false;
        PlanText? dateLine = null;
        string? dateLineFolded = null;
        int? y = plan.FestivalYear;
        for (int i = 0; i < lines.Length; i++)
        {
            // A backdrop has a few short lines: each is folded here, once per run, its words spaced by single spaces
            // ("NGÀY  HỘI" copied from a web page is the line "NGÀY HỘI").
            string written = Language.SpacedWords.Even(lines[i].Text ?? string.Empty);
            string f = Language.VietnameseText.Fold(written);
            for (int from = 0; CalendarRules.NextYearAfterNam(f, ref from) is { } found;)
            {
                years.Add((i, found));
            }

            if (festival < 0 && f.AsSpan().Trim().SequenceEqual("ngay hoi"))
            {
                festival = i;
            }

            yearLine |= y is { } yy && CeremonyRules.ContainsWithYear(written, "TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC NĂM ", yy);
            if (f.Contains("ngay", StringComparison.Ordinal) && f.Contains("thang", StringComparison.Ordinal))
            {
                dateLine = lines[i];
                dateLineFolded = f;
            }
        }

        // The backdrop's date is the local ceremony's: right in August of the year, or on any day of the plan's window.
        bool august = y is { } y2 && dateLineFolded is not null
            && (CeremonyRules.ContainsWithYear(dateLineFolded, "thang 8 nam ", y2) || CeremonyRules.ContainsWithYear(dateLineFolded, "thang 08 nam ", y2)
                || InWindow(dateLineFolded, plan.Window));
        return new BackdropFacts { Years = [.. years], FestivalLine = festival, YearLine = yearLine, DateLine = dateLine, AugustLine = august };
    }
}
