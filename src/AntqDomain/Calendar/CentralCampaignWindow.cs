using NodaTime;

namespace AntqDomain.Calendar;

/// <summary>
/// The window the central steering committee's plan set for one year's festival (<em>thời gian tổ chức theo Kế hoạch
/// của Ban Chỉ đạo Trung ương</em>). Lower plans must end inside it; it may end after 19 August (2022: 1–20 August).
/// </summary>
/// <param name="Year">The festival year.</param>
/// <param name="Start">The first day of the window.</param>
/// <param name="End">The last day of the window (inclusive).</param>
/// <param name="Source">The central plan that sets it, as cited ("Kế hoạch số 333/KH-BCĐ ngày 30/6/2022 …").</param>
public sealed record CentralCampaignWindow(int Year, LocalDate Start, LocalDate End, string Source);
