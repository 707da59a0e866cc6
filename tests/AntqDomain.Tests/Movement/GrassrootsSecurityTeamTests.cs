using AntqDomain.Movement;
using NodaTime;

namespace AntqDomain.Tests.Movement;

public class GrassrootsSecurityTeamTests
{
    [Theory]
    [InlineData(2024, 6, 30, false)]
    [InlineData(2024, 7, 1, true)]
    public void A_team_is_statutory_only_from_the_day_the_law_took_effect(int y, int m, int d, bool statutory)
        => Assert.Equal(statutory, new GrassrootsSecurityTeam { Name = "Tổ bảo vệ ANTT thôn Đông", FoundedOn = new LocalDate(y, m, d) }.FoundedUnderTheLaw);
}
