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

    /// <summary>The findings for <paramref name="subject"/> (the FluentValidation entry point calls this).</summary>
    private protected abstract ValidationReport CheckSubject(T subject);
}
