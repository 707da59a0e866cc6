using FluentValidation;
using NodaTime;

namespace AntqDomain.Rules;

/// <summary>
/// The library's validators (<em>bộ kiểm tra</em>): FluentValidation validators that run the rules of one subject in
/// force on its date. Each failure carries the rule code as <c>ErrorCode</c>, the severity, the message in the current
/// UI culture and the full <see cref="Finding"/> as <c>CustomState</c>. Instances are immutable and thread-safe.
/// </summary>
/// <typeparam name="T">What is validated.</typeparam>
public abstract class RuleValidator<T> : AbstractValidator<T>
{
    // The last report without findings (shared: reports are immutable; a racing write only replaces it).
    private ValidationReport? lastEmpty;

    private protected RuleValidator(RuleCatalogue? catalogue, IClock? clock)
    {
        Catalogue = catalogue ?? RuleCatalogue.Default;
        Clock = clock ?? SystemClock.Instance;
        RuleFor(x => x).Custom((subject, context) => context.AddFindings(CheckSubject(subject)));
    }

    /// <summary>The rules this validator runs.</summary>
    public RuleCatalogue Catalogue { get; }

    /// <summary>The clock that gives "today".</summary>
    public IClock Clock { get; }

    /// <summary>Today, by <see cref="Clock"/>.</summary>
    private protected LocalDate Today => Clock.GetCurrentInstant().InUtc().Date;

    /// <summary>
    /// Runs the rules of <paramref name="rules"/> in force on the context's date and gives the report. Reports are
    /// immutable, so a result without findings on the same date as the last one is the same report instance.
    /// </summary>
    private protected ValidationReport Run<TContext>(RuleSet<TContext> rules, TContext context)
        where TContext : RuleContext
    {
        rules.Run(context);
        if (context.HasFindings)
        {
            return context.ToReport();
        }

        var empty = lastEmpty;
        if (empty is null || empty.Date != context.Date)
        {
            lastEmpty = empty = new ValidationReport([], context.Date);
        }

        return empty;
    }

    /// <summary>The findings for <paramref name="subject"/> (the FluentValidation entry point calls this).</summary>
    private protected abstract ValidationReport CheckSubject(T subject);
}
