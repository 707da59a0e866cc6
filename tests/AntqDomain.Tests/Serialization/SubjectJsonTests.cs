using AntqDomain.Commendations;
using AntqDomain.Movement;
using AntqDomain.SafetyStandard;
using AntqDomain.Serialization;
using AntqDomain.Tests.Support;
using NodaTime;
using AntqDomain.Rules;

namespace AntqDomain.Tests.Serialization;

public class SubjectJsonTests
{
    private static string Example(string name) => File.ReadAllText(Repo.PathOf("docs", "examples", name));

    [Theory]
    [InlineData("award-proposal-medal.json", SubjectKinds.AwardProposal)]
    [InlineData("award-proposal-defects.json", SubjectKinds.AwardProposal)]
    [InlineData("movement-model.json", SubjectKinds.MovementModel)]
    [InlineData("safety-assessment.json", SubjectKinds.SafetyAssessment)]
    [InlineData("province-plan-2026.json", SubjectKinds.Plan)]
    public void Every_example_document_is_read_by_its_kind(string file, string kind)
    {
        var r = SubjectJson.Read(Example(file));
        Assert.True(r.Success, string.Join("; ", r.Diagnostics.Select(d => d.MessageEn)));
        Assert.Equal(kind, r.Kind);
    }

    [Fact]
    public void Writing_what_was_read_gives_the_same_json_for_every_kind()
    {
        var award = SubjectJson.Read(Example("award-proposal-defects.json")).AwardProposal!;
        var model = SubjectJson.Read(Example("movement-model.json")).Model!;
        var safety = SubjectJson.Read(Example("safety-assessment.json")).SafetyAssessment!;

        Assert.Equal(SubjectJson.Write(award), SubjectJson.Write(SubjectJson.Read(SubjectJson.Write(award)).AwardProposal!));
        Assert.Equal(SubjectJson.Write(model), SubjectJson.Write(SubjectJson.Read(SubjectJson.Write(model)).Model!));
        Assert.Equal(SubjectJson.Write(safety), SubjectJson.Write(SubjectJson.Read(SubjectJson.Write(safety)).SafetyAssessment!));
        Assert.StartsWith("{\n  \"kind\": \"awardProposal\"", SubjectJson.Write(award).ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_examples_give_the_findings_the_docs_describe()
    {
        var clock = FixedClock.At(2026, 11, 22);
        Assert.Empty(new AwardValidator(clock: clock).Check(SubjectJson.Read(Example("award-proposal-medal.json")).AwardProposal!).Findings);
        var defects = new AwardValidator(clock: clock).Check(SubjectJson.Read(Example("award-proposal-defects.json")).AwardProposal!);
        Assert.Equal(["ANTQ602", "ANTQ604", "ANTQ605", "ANTQ606", "ANTQ608", "ANTQ610"], defects.Findings.Select(f => f.Code.Value).ToArray());
        var m = SubjectJson.Read(Example("movement-model.json")).Model!;
        Assert.Equal(["ANTQ701", "ANTQ702", "ANTQ703"], new ModelValidator(clock: clock).Check(m.Model, m.On).Findings.Select(f => f.Code.Value).ToArray());
        Assert.Empty(new SafetyValidator(clock: clock).Check(SubjectJson.Read(Example("safety-assessment.json")).SafetyAssessment!).Findings);
    }

    [Theory]
    [InlineData("{\"kind\":\"medal\"}", "$.kind")]
    [InlineData("{\"kind\":\"awardProposal\",\"form\":\"CommendationCertificate\"}", null)]
    [InlineData("{\"kind\":\"awardProposal\",\"nominee\":null}", null)]
    [InlineData("{\"kind\":\"awardProposal\",\"form\":\"CommemorativeMedal\",\"authority\":\"MinisterOfPublicSecurity\",\"proposedOn\":\"2025-08-01\",\"nominee\":{\"name\":\"A\",\"service\":[null]}}", "$.nominee.service[0]")]
    [InlineData("{\"kind\":\"awardProposal\",\"nominee\":{\"name\":\"A\"},\"proposedOn\":\"2025-02-30\"}", null)]
    [InlineData("{\"kind\":\"awardProposal\",\"nominee\":{\"name\":\"A\"},\"form\":\"Statue\"}", null)]
    [InlineData("{\"kind\":\"awardProposal\",\"nominee\":{\"name\":\"A\"},\"colour\":\"red\"}", null)]
    [InlineData("{\"kind\":\"awardProposal\",\"nominee\":{\"name\":\"A\"},\"form\":\"CommendationCertificate\",\"proposedOn\":\"2025-08-01\",\"authority\":\"the mayor\"}", "$.authority")]
    [InlineData("{\"kind\":\"awardProposal\",\"nominee\":{\"name\":\"A\"},\"form\":\"CommendationCertificate\",\"proposedOn\":\"2025-08-01\",\"authority\":7}", "$.authority")]
    [InlineData("{\"kind\":\"awardProposal\",\"nominee\":{\"name\":\"A\",\"service\":[{\"role\":\"Leader\",\"from\":\"2020-13-01\"}]}}", null)]
    [InlineData("{\"kind\":\"movementModel\",\"model\":{\"name\":\"A\",\"type\":\"SecurityCamera\",\"hasOperatingRules\":true,\"history\":[null]}}", "$.model.history[0]")]
    [InlineData("{\"kind\":\"movementModel\"}", "$.model.name")]
    [InlineData("{\"kind\":\"safetyAssessment\",\"year\":\"two\"}", null)]
    [InlineData("{\"kind\":\"x\",\"kind\":\"y\"}", null)]
    [InlineData("{\"kind\":", null)]
    [InlineData("[1,2]", null)]
    public void Bad_documents_give_a_read_error_with_its_path_and_never_throw(string json, string? path)
    {
        var r = SubjectJson.Read(json);
        Assert.False(r.Success);
        var d = Assert.Single(r.Diagnostics);
        Assert.True(d.Code is "ANTQ008" or "ANTQ003", d.Code);
        if (path is not null)
        {
            Assert.Equal(path, d.At?.Path);
        }
    }

    [Fact]
    public void An_authority_given_as_a_number_is_refused_saying_it_is_a_string_code()
    {
        var d = Assert.Single(SubjectJson.Read("{\"kind\":\"awardProposal\",\"nominee\":{\"name\":\"A\"},\"form\":\"CommendationCertificate\",\"proposedOn\":\"2025-08-01\",\"authority\":7}").Diagnostics);
        Assert.Contains("string code such as \"ProvinceChair\", not Number", d.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"sections\":[null]}", "$.sections[0]")]
    [InlineData("{\"basis\":[\"Căn cứ\", null]}", "$.basis[1]")]
    [InlineData("{\"recipients\":{\"lines\":[null]}}", "$.recipients.lines[0]")]
    [InlineData("{\"kind\":\"resultsReport\",\"unit\":\"x\",\"level\":\"Commune\",\"year\":2025,\"figures\":[null]}", "$.figures[0]")]
    [InlineData("{\"kind\":\"awardProposal\",\"nominee\":{\"name\":\"A\",\"pending\":[null]},\"form\":\"CommendationCertificate\",\"proposedOn\":\"2025-08-01\",\"authority\":\"CommuneChair\"}", "$.nominee.pending[0]")]
    public void A_null_entry_in_a_list_is_refused_with_its_path_not_dropped(string json, string path)
    {
        var d = Assert.Single(SubjectJson.Read(json).Diagnostics);
        Assert.Equal(("ANTQ008", path), (d.Code, d.At?.Path));
        Assert.Contains("an entry of a list is null", d.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("proposedOn")]
    [InlineData("form")]
    [InlineData("authority")]
    public void A_proposal_without_a_required_value_is_refused_naming_it_instead_of_taking_a_default(string field)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(Example("award-proposal-medal.json"))!.AsObject();
        Assert.True(node.Remove(field), field);
        var d = Assert.Single(SubjectJson.Read(node.ToJsonString()).Diagnostics);
        Assert.Equal("ANTQ008", d.Code);
        Assert.Equal("$." + field, d.At?.Path);
        Assert.Contains(field, d.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("type", "$.model.type")]
    [InlineData("hasOperatingRules", "$.model.hasOperatingRules")]
    public void A_model_without_its_type_or_operating_rules_flag_is_refused(string field, string path)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(Example("movement-model.json"))!.AsObject();
        Assert.True(node["model"]!.AsObject().Remove(field), field);
        var d = Assert.Single(SubjectJson.Read(node.ToJsonString()).Diagnostics);
        Assert.Equal(path, d.At?.Path);
    }

    [Fact]
    public void A_service_period_without_its_start_is_refused()
    {
        string json = Example("award-proposal-medal.json");
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        node["nominee"]!["service"]![0]!.AsObject().Remove("from");
        Assert.Equal("$.nominee.service[0].from", Assert.Single(SubjectJson.Read(node.ToJsonString()).Diagnostics).At?.Path);
    }

    [Theory]
    [InlineData("{\"kind\":\"awardProposal\",\"nominee\":{\"name\":\"A\",\"sex\":\"Male\",\"sex\":\"Female\"}}", "$.nominee.sex")]
    [InlineData("{\"kind\":\"movementModel\",\"model\":{\"name\":\"A\",\"history\":[{\"stage\":\"Founded\",\"occurredOn\":\"2024-01-01\"},{\"stage\":\"Reviewed\",\"occurredOn\":\"2024-06-01\",\"occurredOn\":\"2025-06-01\"}]}}", "$.model.history[1].occurredOn")]
    [InlineData("{\"numberText\":\"1/KH-BCĐ\",\"dated\":{\"place\":\"A\",\"day\":1,\"day\":2}}", "$.dated.day")]
    [InlineData("{\"basis\":[{\"text\":\"x\"},{\"text\":\"y\",\"text\":\"z\"}]}", "$.basis[1].text")]
    [InlineData("{\"basis\":[{\"text\":\"x\",\"t\\u0065xt\":\"y\"}]}", "$.basis[0].text")]
    [InlineData("{\"basis\":[{\"text\":\"x\"}],\"title\":{\"text\":\"t\",\"at\":{\"line\":1,\"line\":2}}}", "$.title.at.line")]
    public void A_property_given_twice_at_any_depth_is_refused_with_its_path(string json, string path)
    {
        var d = Assert.Single(SubjectJson.Read(json).Diagnostics);
        Assert.Equal("ANTQ008", d.Code);
        Assert.Equal(path, d.At?.Path);
    }

    [Fact]
    public void A_long_property_name_given_twice_is_refused_like_a_short_one()
    {
        string name = new('x', 300);
        var d = Assert.Single(SubjectJson.Read("{\"basis\":[{\"text\":\"x\",\"" + name + "\":1,\"" + name + "\":2}]}").Diagnostics);
        Assert.Equal("$.basis[0]." + name, d.At?.Path);
    }

    [Fact]
    public void A_plan_document_may_name_its_kind()
    {
        string plan = Example("province-plan-2026.json");
        var r = SubjectJson.Read("{\"kind\":\"plan\"," + plan.TrimStart()[1..]);
        Assert.True(r.Success);
        Assert.NotNull(r.Plan);
    }

    [Fact]
    public void A_proposal_built_in_code_round_trips()
    {
        var p = new AwardProposal
        {
            Nominee = new Nominee { Name = "Phạm Thị Lan", Sex = Sex.Female, Service = [new ServicePeriod(ServiceRole.GrassrootsForce, new LocalDate(2014, 2, 1), Hardship: true)] },
            Form = CommendationForm.CommemorativeMedal,
            Kind = AwardKind.EmulationMovement,
            Authority = Authority.MinisterOfPublicSecurity,
            Date = new LocalDate(2025, 8, 19),
        };
        string json = SubjectJson.Write(p);
        Assert.Contains("\"awardKind\": \"EmulationMovement\"", json, StringComparison.Ordinal);
        Assert.Equal(json, SubjectJson.Write(SubjectJson.Read(json).AwardProposal!));
    }

    [Fact]
    public void Json_nested_beyond_the_depth_limit_is_refused_naming_the_limit()
    {
        string json = "{\"kind\":\"safetyAssessment\",\"name\":" + new string('[', 100) + new string(']', 100) + "}";
        var d = Assert.Single(SubjectJson.Read(json).Diagnostics);
        Assert.Equal("ANTQ008", d.Code);
        Assert.Contains("64", d.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Vietnamese_messages_are_nfc_even_for_names_given_in_nfd()
    {
        var p = Commendations.Proposals.GrassrootsMedal() with { Nominee = Commendations.Proposals.GrassrootsMedal().Nominee with { Name = "Nguyễn Văn Bình".Normalize(System.Text.NormalizationForm.FormD), Pending = [PendingMatter.Inspection] } };
        var f = Assert.Single(Commendations.Proposals.Validator.Check(p).Findings);
        Assert.True(f.MessageVi.IsNormalized(System.Text.NormalizationForm.FormC));
        Assert.Contains("Nguyễn Văn Bình", f.MessageVi, StringComparison.Ordinal);
    }
}
