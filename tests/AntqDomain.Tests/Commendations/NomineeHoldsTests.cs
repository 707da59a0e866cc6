using AntqDomain.Commendations;
using NodaTime;

namespace AntqDomain.Tests.Commendations;

/// <summary>Whether a nominee already holds a form of commendation, whatever state the list of prior awards is in.</summary>
public class NomineeHoldsTests
{
    private static readonly PriorAward Medal = new(CommendationForm.CommemorativeMedal, new LocalDate(2019, 8, 19));

    [Fact]
    public void A_nominee_holds_the_forms_of_their_prior_awards_only()
    {
        var n = new Nominee { Name = "Nguyễn Văn Bình", PriorAwards = [new PriorAward(CommendationForm.CommendationCertificate, new LocalDate(2020, 8, 19)), Medal] };
        Assert.True(n.Holds(CommendationForm.CommemorativeMedal));
        Assert.True(n.Holds(CommendationForm.CommendationCertificate));
        Assert.False(n.Holds(CommendationForm.CertificateOfMerit));
    }

    [Fact]
    public void Unset_or_null_prior_awards_hold_nothing_and_never_throw()
    {
        Assert.False(new Nominee { Name = "A", PriorAwards = default }.Holds(CommendationForm.CommemorativeMedal));
        Assert.False(new Nominee { Name = "A", PriorAwards = [] }.Holds(CommendationForm.CommemorativeMedal));
        Assert.False(new Nominee { Name = "A", PriorAwards = [null!] }.Holds(CommendationForm.CommemorativeMedal));
        Assert.True(new Nominee { Name = "A", PriorAwards = [null!, Medal] }.Holds(CommendationForm.CommemorativeMedal));
    }
}
