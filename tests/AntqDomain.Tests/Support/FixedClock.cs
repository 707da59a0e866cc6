using NodaTime;

namespace AntqDomain.Tests.Support;

/// <summary>A clock that always answers the same instant.</summary>
public sealed class FixedClock(Instant now) : IClock
{
    public static FixedClock At(int year, int month, int day)
        => new(new LocalDate(year, month, day).AtMidnight().InUtc().ToInstant());

    public Instant GetCurrentInstant() => now;
}
