using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NodaTime;
using AntqDomain.Language;
using AntqDomain.Rules;

namespace AntqDomain.Commendations;

/// <summary>
/// A period a nominee served in a role (<em>thời gian công tác</em>). <paramref name="To"/> is the last day served,
/// inclusive; null while still serving. A period may be written reversed or in the future: the validator reports
/// such periods (ANTQ609) instead of refusing to read them.
/// </summary>
/// <param name="Role">The role.</param>
/// <param name="From">The first day served.</param>
/// <param name="To">The last day served (inclusive), or null when still serving.</param>
/// <param name="Hardship">Served in an especially difficult, border or island area (<em>vùng đặc biệt khó khăn, biên giới, hải đảo</em>), counted double from Circular 20/2025.</param>
/// <param name="Post">The post as written ("Chủ tịch UBND xã Tân Hương"), or null.</param>
/// <param name="BelowDivisionLevel">
/// For a leading post: whether it ranks below a division or board (<em>dưới cấp phòng, ban</em>: a team or village
/// head). From Circular 20/2025 such posts do not count as a leader's tenure. A post whose text names a team or
/// village head ("Tổ trưởng", "Trưởng thôn") is taken as such even when this is false.
/// </param>
public sealed record ServicePeriod([property: JsonRequired] ServiceRole Role, [property: JsonRequired] LocalDate From, LocalDate? To = null, bool Hardship = false, string? Post = null, bool BelowDivisionLevel = false)
{
    /// <summary>Whether the last day is before the first.</summary>
    [JsonIgnore]
    public bool IsReversed => To is { } t && t < From;

    /// <summary>Whether this is a leading post below a division or board: <see cref="BelowDivisionLevel"/>, or a post whose text names a team or village head.</summary>
    [JsonIgnore]
    public bool IsBelowDivisionLevel => Role == ServiceRole.Leader && (BelowDivisionLevel || NamesTeamOrVillageHead(Post));

    // "Trưởng bản" (a village head in the mountains) folds like "Trưởng ban" (the head of a board), so it is left to the flag.
    private static bool NamesTeamOrVillageHead(string? post)
    {
        if (string.IsNullOrWhiteSpace(post))
        {
            return false;
        }

        string f = Language.VietnameseText.Fold(Language.SpacedWords.Even(post)).Trim() + " ";
        foreach (string head in (ReadOnlySpan<string>)["to truong ", "to pho ", "pho to truong ", "truong thon ", "pho truong thon ", "truong ap ", "pho truong ap ", "truong xom ", "truong khu pho ", "pho truong khu pho ", "truong to dan pho ", "to truong to dan pho "])
        {
            if (f.StartsWith(head, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
