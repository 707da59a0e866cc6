using AntqDomain.Calendar;
using AntqDomain.Movement;
using AntqDomain.Rules;
using AntqDomain.Serialization;
using AntqDomain.Tests.Commendations;
using AntqDomain.Tests.Support;
using FluentValidation;
using NodaTime;

namespace AntqDomain.Tests.Rules;

/// <summary>
/// Conventions every validator and calendar keeps: "today" comes from the clock it is given, FluentValidation's
/// throwing call throws on findings, the events a calendar is given are the ones it counts, and a JSON authority
/// that is not a code is a read error.
/// </summary>
public class ValidatorConventionsTests
{
    [Fact]
    public void A_model_checked_without_a_date_is_checked_on_the_clocks_today()
    {
        var model = MovementModel.Found("Tổ tự quản thôn Đông", ModelType.SelfManagementTeam, new LocalDate(2023, 3, 1), "Quyết định số 12/QĐ-UBND", hasOperatingRules: true);
        Assert.Equal(new LocalDate(2026, 11, 22), new ModelValidator(clock: FixedClock.At(2026, 11, 22)).Check(model).Date);
        Assert.Equal(new LocalDate(2024, 1, 2), new ModelValidator(clock: FixedClock.At(2024, 1, 2)).Check(model).Date);
    }

    [Fact]
    public void The_throwing_fluent_call_throws_with_the_rule_code()
    {
        var g = Proposals.GrassrootsMedal();
        var prosecuted = g with { Nominee = g.Nominee with { Exclusions = [AntqDomain.Commendations.Exclusion.Prosecuted] } };
        var ex = Assert.Throws<ValidationException>(() => Proposals.Validator.ValidateAndThrow(prosecuted));
        Assert.Contains(ex.Errors, e => e.ErrorCode == "ANTQ603");
        Proposals.Validator.ValidateAndThrow(g);
    }

    [Fact]
    public void A_calendar_counts_the_events_it_is_given()
    {
        var events = CommemoratedEventCollection.Default.With(new CommemoratedEvent("ward-police", new NodaTime.LocalDate(2025, 7, 1), "Công an phường", "Ward police"));
        Assert.Same(events, new FestivalCalendar(FixedClock.At(2026, 1, 1), events).Events);
        Assert.Same(CommemoratedEventCollection.Default, new FestivalCalendar(FixedClock.At(2026, 1, 1)).Events);
    }

    [Fact]
    public void An_event_has_its_first_anniversary_count_in_its_founding_year()
    {
        var in1945 = CommemoratedEventCollection.Default.AnniversariesIn(1945);
        Assert.Contains(in1945, a => a.Event == CommemoratedEventCollection.PoliceTradition && a.Count.Years == 0);
        Assert.DoesNotContain(CommemoratedEventCollection.Default.AnniversariesIn(2004), a => a.Event == CommemoratedEventCollection.Festival);
        Assert.Contains(CommemoratedEventCollection.Default.AnniversariesIn(2005), a => a.Event == CommemoratedEventCollection.Festival);
    }

    [Fact]
    public void An_authority_that_is_not_a_code_in_JSON_is_a_read_error()
    {
        string json = File.ReadAllText(Repo.PathOf("docs", "examples", "award-proposal-medal.json"))
            .Replace("\"authority\": \"MinisterOfPublicSecurity\"", "\"authority\": 5", StringComparison.Ordinal);
        var read = SubjectJson.Read(json);
        Assert.False(read.Success);
        Assert.Contains(read.Diagnostics, d => d.Code == "ANTQ008");
    }
}
