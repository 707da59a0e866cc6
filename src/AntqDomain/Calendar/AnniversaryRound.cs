namespace AntqDomain.Calendar;

/// <summary>
/// How "round" an anniversary count is: <em>năm tròn</em> (the count ends in 0), a count ending in 5
/// (<em>năm chẵn / năm lẻ 5</em>), or an ordinary year. Decree 145/2013/NĐ-CP and Decree 111/2018/NĐ-CP scale
/// anniversary ceremonies by this classification.
/// </summary>
public enum AnniversaryRound
{
    /// <summary>An ordinary year: the count ends in neither 0 nor 5 (or is zero, the founding year itself).</summary>
    None = 0,

    /// <summary>The count ends in 5 (<em>năm chẵn</em>, also written <em>năm lẻ 5</em>), e.g. 75 or 15 years.</summary>
    Five = 5,

    /// <summary>The count ends in 0 (<em>năm tròn</em>), e.g. 80 or 20 years.</summary>
    Ten = 10,
}
