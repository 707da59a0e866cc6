using FluentValidation;
using FluentValidation.Results;
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

    /// <summary>
    /// Adds one failure per finding before FluentValidation runs its own rules (this validator declares none). The
    /// rules run here rather than through <c>RuleFor(x => x)</c>, which would compile an expression tree each time a
    /// validator is built: about 40 ms on the first one in a process, paid by every command-line call.
    /// </summary>
    /// <param name="context">The FluentValidation context; its instance is the subject.</param>
    /// <param name="result">The result the failures are added to.</param>
    /// <returns>True: FluentValidation goes on (and throws when the caller asked it to throw on failures).</returns>
    protected override bool PreValidate(ValidationContext<T> context, ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        foreach (var finding in CheckSubject(context).Findings)
        {
            result.Errors.Add(finding.ToValidationFailure());
        }

        return true;
    }

    /// <summary>The findings for the context's subject (the FluentValidation entry point calls this).</summary>
    private protected abstract ValidationReport CheckSubject(ValidationContext<T> context);
}
