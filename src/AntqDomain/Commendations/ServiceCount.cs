using System.Globalization;
using NodaTime;

namespace AntqDomain.Commendations;

/// <summary>
/// Service counted toward a threshold (<em>thời gian công tác được tính</em>): days counted up to the day before the
/// proposal date, overlapping periods counted once, hardship days counted twice when the rules say so.
/// </summary>
/// <param name="CountedDays">Days counted, doubling included.</param>
/// <param name="CalendarDays">Distinct calendar days served.</param>
/// <param name="HasOverlap">Whether two counted periods overlap (the overlap is counted once).</param>
public readonly record struct ServiceCount(int CountedDays, int CalendarDays, bool HasOverlap);
