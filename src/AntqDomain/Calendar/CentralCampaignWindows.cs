using System.Collections.Immutable;
using NodaTime;

namespace AntqDomain.Calendar;

/// <summary>
/// The known windows of the central plans, by year (<em>thời gian tổ chức Ngày hội theo kế hoạch Trung ương</em>):
/// dated data, not law, so an application can add the years it has sourced with <see cref="With"/>. The default
/// table holds only what this library could verify: 2022, 1–20 August (Kế hoạch 333/KH-BCĐ of 30/6/2022, as reported
/// by the Ministry of Public Security's review meeting). For a year without an entry, rules fall back to the festival
/// day itself and say so with a lower severity.
/// </summary>
public sealed class CentralCampaignWindows
{
    private readonly ImmutableDictionary<int, CentralCampaignWindow> byYear;

    private CentralCampaignWindows(ImmutableDictionary<int, CentralCampaignWindow> byYear) => this.byYear = byYear;

    /// <summary>The verified windows shipped with the library.</summary>
    public static CentralCampaignWindows Default { get; } = new(ImmutableDictionary<int, CentralCampaignWindow>.Empty.Add(
        2022,
        new CentralCampaignWindow(2022, new LocalDate(2022, 8, 1), new LocalDate(2022, 8, 20), "Kế hoạch số 333/KH-BCĐ ngày 30/6/2022 của Ban Chỉ đạo thực hiện phong trào toàn dân bảo vệ an ninh Tổ quốc Trung ương")));

    /// <summary>An empty table: every year falls back to the festival day.</summary>
    public static CentralCampaignWindows None { get; } = new(ImmutableDictionary<int, CentralCampaignWindow>.Empty);

    /// <summary>Every window in the table, by year.</summary>
    public IEnumerable<CentralCampaignWindow> All => byYear.Values.OrderBy(w => w.Year);

    /// <summary>A table with <paramref name="window"/> added, or replacing the entry of its year.</summary>
    /// <param name="window">The window; it must contain the festival day of its year or end after it.</param>
    /// <returns>The new table; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">The window ends before it starts or lies outside its year.</exception>
    public CentralCampaignWindows With(CentralCampaignWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        if (window.End < window.Start || window.Start.Year != window.Year || window.End.Year != window.Year)
        {
            throw new ArgumentException($"The window {window.Start:uuuu-MM-dd}–{window.End:uuuu-MM-dd} must run forward inside {window.Year}.", nameof(window));
        }

        return new(byYear.SetItem(window.Year, window));
    }

    /// <summary>The window of <paramref name="year"/>, or null when it is not known.</summary>
    /// <param name="year">The festival year.</param>
    /// <returns>The window, or null.</returns>
    public CentralCampaignWindow? For(int year) => byYear.TryGetValue(year, out var w) ? w : null;
}
