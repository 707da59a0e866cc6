using System.Collections;
using System.Collections.Immutable;
using NodaTime;

namespace AntqDomain.Calendar;

/// <summary>
/// An immutable catalogue of <see cref="CommemoratedEvent"/>s (<em>danh mục ngày kỷ niệm</em>).
/// <see cref="Default"/> holds the events that festival plans commemorate; <see cref="With"/> adds or replaces one.
/// </summary>
public sealed class CommemoratedEventCollection : IReadOnlyCollection<CommemoratedEvent>
{
    /// <summary>People's Police tradition day, 19/8/1945 (<em>Ngày truyền thống Công an nhân dân Việt Nam</em>).</summary>
    public static readonly CommemoratedEvent PoliceTradition = new(
        "police-tradition", new LocalDate(1945, 8, 19), "Ngày truyền thống Công an nhân dân Việt Nam", "People's Police Tradition Day");

    /// <summary>The festival, first held 19/8/2005 under Decision 521/QĐ-TTg (<em>Ngày hội toàn dân bảo vệ an ninh Tổ quốc</em>).</summary>
    public static readonly CommemoratedEvent Festival = new(
        "festival", new LocalDate(2005, 8, 19), "Ngày hội toàn dân bảo vệ an ninh Tổ quốc", "All-People's National Security Protection Festival");

    /// <summary>The August Revolution, 19/8/1945 (<em>Cách mạng Tháng Tám</em>).</summary>
    public static readonly CommemoratedEvent AugustRevolution = new(
        "august-revolution", new LocalDate(1945, 8, 19), "Cách mạng Tháng Tám", "August Revolution");

    /// <summary>National Day, 2/9/1945 (<em>Quốc khánh</em>).</summary>
    public static readonly CommemoratedEvent NationalDay = new(
        "national-day", new LocalDate(1945, 9, 2), "Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam", "National Day");

    /// <summary>Tradition day of the movement-building force, 16/6/1967 (<em>lực lượng xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc</em>).</summary>
    public static readonly CommemoratedEvent MovementBuildingForce = new(
        "movement-building-force", new LocalDate(1967, 6, 16), "Ngày truyền thống lực lượng xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc", "Movement-Building Force Tradition Day");

    /// <summary>President Hồ Chí Minh's six teachings to the People's Police, 11/3/1948 (<em>Sáu điều Bác Hồ dạy Công an nhân dân</em>).</summary>
    public static readonly CommemoratedEvent SixTeachings = new(
        "six-teachings", new LocalDate(1948, 3, 11), "Sáu điều Bác Hồ dạy Công an nhân dân", "Uncle Hồ's Six Teachings to the People's Police");

    /// <summary>Tradition day of the People's Security force, 12/7/1946 (<em>An ninh nhân dân</em>).</summary>
    public static readonly CommemoratedEvent PeoplesSecurity = new(
        "peoples-security", new LocalDate(1946, 7, 12), "Ngày truyền thống lực lượng An ninh nhân dân", "People's Security Force Tradition Day");

    /// <summary>Tradition day of the People's Police force (CSND), 20/7/1962 (<em>Cảnh sát nhân dân</em>).</summary>
    public static readonly CommemoratedEvent PeoplesPolice = new(
        "peoples-police", new LocalDate(1962, 7, 20), "Ngày truyền thống lực lượng Cảnh sát nhân dân", "People's Police Force (CSND) Tradition Day");

    private readonly ImmutableDictionary<string, CommemoratedEvent> byId;
    private readonly ImmutableArray<CommemoratedEvent> ordered;

    private CommemoratedEventCollection(ImmutableArray<CommemoratedEvent> ordered)
    {
        this.ordered = ordered;
        byId = ordered.ToImmutableDictionary(e => e.Id, StringComparer.Ordinal);
    }

    /// <summary>The built-in events.</summary>
    public static CommemoratedEventCollection Default { get; } = new(
    [
        PoliceTradition, Festival, AugustRevolution, NationalDay, MovementBuildingForce, SixTeachings, PeoplesSecurity, PeoplesPolice,
    ]);

    /// <summary>The number of events.</summary>
    public int Count => ordered.Length;

    /// <summary>The event with identifier <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No event has that identifier.</exception>
    /// <param name="id">The event's identifier, e.g. "police".</param>
    public CommemoratedEvent this[string id] => byId.TryGetValue(id, out var e)
        ? e
        : throw new KeyNotFoundException($"No commemorated event has the identifier '{id}'.");

    /// <summary>Looks up an event by identifier.</summary>
    /// <param name="id">The event's identifier.</param>
    /// <param name="commemorated">The event when found; otherwise null.</param>
    /// <returns>True when an event has that identifier.</returns>
    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CommemoratedEvent? commemorated)
        => byId.TryGetValue(id, out commemorated);

    /// <summary>A new catalogue with <paramref name="commemorated"/> added, replacing any event with the same identifier.</summary>
    /// <param name="commemorated">The event to add.</param>
    /// <returns>A new collection; this one is unchanged.</returns>
    public CommemoratedEventCollection With(CommemoratedEvent commemorated)
    {
        ArgumentNullException.ThrowIfNull(commemorated);
        var list = ordered.RemoveAll(e => e.Id == commemorated.Id).Add(commemorated);
        return new CommemoratedEventCollection(list);
    }

    /// <summary>The anniversaries that fall in <paramref name="year"/> (events founded that year or earlier), in date order.</summary>
    /// <param name="year">The calendar year.</param>
    /// <returns>Each anniversary of the year with its date and count, in date order.</returns>
    public ImmutableArray<(CommemoratedEvent Event, LocalDate Date, AnniversaryCount Count)> AnniversariesIn(int year)
        => [.. ordered.Where(e => e.FoundingDate.Year <= year)
            .Select(e => (e, e.AnnualDate.InYear(year), e.CountInYear(year)))
            .OrderBy(t => t.Item2)];

    /// <inheritdoc />
    public IEnumerator<CommemoratedEvent> GetEnumerator() => ((IEnumerable<CommemoratedEvent>)ordered).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
