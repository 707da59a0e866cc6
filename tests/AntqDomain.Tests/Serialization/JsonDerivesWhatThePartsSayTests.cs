using System.Text.Json.Nodes;
using AntqDomain.Reading;
using AntqDomain.Rules;
using AntqDomain.Serialization;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Serialization;

/// <summary>A JSON plan that gives its parts' text but not what they say is read as the text reader would read it.</summary>
public class JsonDerivesWhatThePartsSayTests
{
    private static readonly string[] TypedFacts =
        ["leadUpActivities", "ceremony", "festivalActivities", "hasFestivalPart", "backdropTitle", "window", "flagsFrom", "scopeText", "scope", "showcaseSites", "participants", "funding", "fundingSources", "tasks"];

    private static string WithoutTypedFacts(string text)
    {
        var node = JsonNode.Parse(PlanJson.Write(Examples.Read(text)))!.AsObject();
        foreach (string key in TypedFacts)
        {
            node.Remove(key);
        }

        return node.ToJsonString();
    }

    [Fact]
    public void The_typed_facts_left_out_are_derived_from_the_parts_exactly_as_from_text()
    {
        var fromText = Examples.Read(Examples.CleanProvincePlanText);
        var fromJson = PlanJson.Read(WithoutTypedFacts(Examples.CleanProvincePlanText)).GetPlanOrThrow();
        Assert.NotNull(fromJson.Window);
        Assert.Equal(fromText, fromJson);
    }

    [Fact]
    public void A_defect_stated_only_in_a_parts_text_is_found_in_json_as_in_text()
    {
        string text = Examples.CleanProvincePlanText.Replace("- Thời gian: từ ngày 01/7/2026 đến ngày 19/8/2026.", "- Thời gian: từ ngày 01/7/2026 đến ngày 25/8/2026.", StringComparison.Ordinal);
        var validator = new PlanValidator();
        var textCodes = validator.Check(Examples.Read(text)).Findings.Select(f => f.Code.Value).ToList();
        var jsonCodes = validator.Check(PlanJson.Read(WithoutTypedFacts(text)).GetPlanOrThrow()).Findings.Select(f => f.Code.Value).ToList();
        Assert.NotEmpty(textCodes);
        Assert.Equal(textCodes, jsonCodes);
    }

    [Fact]
    public void What_a_json_document_states_is_kept_even_when_its_parts_say_otherwise()
    {
        var node = JsonNode.Parse(PlanJson.Write(Examples.Read(Examples.CleanProvincePlanText)))!.AsObject();
        node["window"] = JsonNode.Parse("{\"start\":\"2026-07-15\",\"end\":\"2026-08-19\"}");
        var plan = PlanJson.Read(node.ToJsonString()).GetPlanOrThrow();
        Assert.Equal(new NodaTime.LocalDate(2026, 7, 15), plan.Window!.Start);
    }
}
