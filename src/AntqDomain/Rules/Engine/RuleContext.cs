using AntqDomain.Documents;
using NodaTime;
using AntqDomain.Language;
using AntqDomain.Legal;

namespace AntqDomain.Rules;

/// <summary>What every rule predicate sees: the date whose requirements apply, and where findings go.</summary>
internal abstract class RuleContext(LocalDate date)
{
    private List<Finding>? sink;

    /// <summary>The date the requirements are chosen by.</summary>
    public LocalDate Date { get; } = date;

    /// <summary>Whether <paramref name="rule"/> applies to this subject at all (every rule, unless a subject says otherwise).</summary>
    public virtual bool Applies(RuleDefinition rule) => true;

    /// <summary>Whether any rule reported a finding.</summary>
    public bool HasFindings => sink is not null;

    /// <summary>The report of what the rules found (no allocation for a subject without findings beyond the report itself).</summary>
    public ValidationReport ToReport() => new(sink is null ? [] : [.. sink], Date);

    // The message arguments are a heap array on purpose: a params span would put an inline array of references in
    // every predicate's stack frame, which the JIT zeroes on each call, found or not (the no-finding path is the hot one).

    /// <summary>Adds a finding of <paramref name="rule"/>, its messages filled from <paramref name="args"/>.</summary>
    public void Report(RuleDefinition rule, Location? at, string? excerpt, params (string Name, string Value)[] args)
        => ReportCiting(rule, rule.Citation, at, excerpt, args);

    /// <summary>
    /// Adds a finding with its mechanical fix: <paramref name="replacement"/> written over <paramref name="span"/> (the
    /// fix is dropped when the span has no text position, e.g. for JSON input).
    /// </summary>
    public void ReportFix(RuleDefinition rule, Location? at, string? excerpt, Location? span, string replacement, (string Vi, string En) description, params (string Name, string Value)[] args)
        => ReportFixCiting(rule, rule.Citation, at, excerpt, span, replacement, description, args);

    /// <summary>As <see cref="ReportFix"/>, citing <paramref name="citation"/>: the text that settles this finding, when the rule spans several.</summary>
    public void ReportFixCiting(RuleDefinition rule, Citation citation, Location? at, string? excerpt, Location? span, string replacement, (string Vi, string En) description, params (string Name, string Value)[] args)
    {
        ReportCiting(rule, citation, at, excerpt, args);
        AttachFix(span, replacement, description);
    }

    /// <summary>Adds a finding citing <paramref name="citation"/>: the provision in force on the date, when the rule spans several texts.</summary>
    public void ReportCiting(RuleDefinition rule, Citation citation, Location? at, string? excerpt, params (string Name, string Value)[] args)
        => Add(rule, citation, rule.MessageVi, rule.MessageEn, at, excerpt, args);

    /// <summary>Adds a finding worded by the rule's outcome <paramref name="key"/> (see <see cref="RuleDefinition.Outcomes"/>).</summary>
    public void ReportOutcome(RuleDefinition rule, string key, Location? at, string? excerpt, params (string Name, string Value)[] args)
        => ReportOutcomeCiting(rule, key, rule.Citation, at, excerpt, args);

    /// <summary>As <see cref="ReportOutcome"/>, citing <paramref name="citation"/>.</summary>
    public void ReportOutcomeCiting(RuleDefinition rule, string key, Citation citation, Location? at, string? excerpt, params (string Name, string Value)[] args)
    {
        var o = rule.Outcome(key);
        Add(rule, citation, o.MessageVi, o.MessageEn, at, excerpt, args);
    }

    /// <summary>As <see cref="ReportOutcome"/>, with a mechanical fix (see <see cref="ReportFix"/>).</summary>
    public void ReportOutcomeFix(RuleDefinition rule, string key, Location? at, string? excerpt, Location? span, string replacement, (string Vi, string En) description, params (string Name, string Value)[] args)
    {
        ReportOutcome(rule, key, at, excerpt, args);
        AttachFix(span, replacement, description);
    }

    private void AttachFix(Location? span, string replacement, (string Vi, string En) description)
    {
        if (span is { Line: not null, Column: not null, Length: not null })
        {
            var last = sink![^1];
            sink[^1] = last with { Fix = new SuggestedFix(description.Vi, description.En, [new TextEdit(span, replacement)]) };
        }
    }

    private void Add(RuleDefinition rule, Citation citation, string templateVi, string templateEn, Location? at, string? excerpt, (string Name, string Value)[] args)
        => (sink ??= []).Add(new Finding(
            rule.Code,
            rule.Severity,
            MessageTemplate.Sentence(Language.VietnameseText.Normalize(MessageTemplate.Format(templateVi, args))),
            MessageTemplate.Sentence(MessageTemplate.Format(templateEn, args)),
            citation,
            at,
            MessageTemplate.Cap(excerpt)));
}

/// <summary>A rule: its data and its predicate (<em>quy tắc = dữ liệu + điều kiện</em>).</summary>
/// <typeparam name="TContext">What the predicate reads: a plan, an award proposal, a movement model, a safety assessment.</typeparam>
internal sealed record Rule<TContext>(RuleDefinition Definition, Action<TContext, RuleDefinition> Check)
    where TContext : RuleContext;

/// <summary>
/// Rules of one subject split by the days on which the set in force changes, so that choosing the rules for a date
/// is a look-up of the segment the date falls in.
/// </summary>
internal sealed class RuleSet<TContext>
    where TContext : RuleContext
{
    private readonly PeriodSegments<Rule<TContext>> segments;

    public RuleSet(IEnumerable<Rule<TContext>> rules)
    {
        All = [.. rules];
        segments = new PeriodSegments<Rule<TContext>>(All, static r => r.Definition.Period);
    }

    /// <summary>Every rule of the subject.</summary>
    public System.Collections.Immutable.ImmutableArray<Rule<TContext>> All { get; }

    /// <summary>The rules in force on <paramref name="date"/>, in catalogue order.</summary>
    public Rule<TContext>[] On(LocalDate date) => segments.On(date);

    /// <summary>Runs the rules in force on the context's date.</summary>
    public void Run(TContext context)
    {
        foreach (var rule in On(context.Date))
        {
            if (context.Applies(rule.Definition))
            {
                rule.Check(context, rule.Definition);
            }
        }
    }
}
