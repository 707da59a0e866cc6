using AntqDomain.Internal;
using AntqDomain.Plans;
using FsCheck;
using FsCheck.Fluent;

namespace AntqDomain.Tests.Reliability;

/// <summary>
/// The set of enumeration values the reader gathers (a plan's venues, its funding sources) gives each value once, in
/// ascending order, exactly as a sorted set of them would.
/// </summary>
public class EnumSetTests
{
    [Fact]
    public void An_empty_set_gives_no_values()
        => Assert.Empty(default(EnumSet<VenueKind>).ToImmutableArray());

    [Fact]
    public void Values_added_in_any_order_and_any_number_of_times_come_out_once_in_ascending_order()
    {
        var values = Gen.Elements(Enum.GetValues<VenueKind>());
        Prop.ForAll(values.ArrayOf().ToArbitrary(), added =>
        {
            var set = default(EnumSet<VenueKind>);
            foreach (var v in added)
            {
                set.Add(v);
            }

            Assert.Equal(new SortedSet<VenueKind>(added), set.ToImmutableArray());
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500).WithQuietOnSuccess(true));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(64)]
    public void A_value_outside_0_to_63_is_refused(int value)
    {
        var set = default(EnumSet<FundingSource>);
        Assert.Throws<ArgumentOutOfRangeException>(() => set.Add((FundingSource)value));
    }
}
