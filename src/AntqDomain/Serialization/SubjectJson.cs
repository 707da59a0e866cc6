using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AntqDomain.Commendations;
using AntqDomain.Movement;
using AntqDomain.SafetyStandard;
using AntqDomain.Reading;
using AntqDomain.Rules;

namespace AntqDomain.Serialization;

/// <summary>
/// Reads and writes the library's JSON documents of every kind (<em>đọc, ghi JSON theo loại</em>): a top-level
/// <c>"kind"</c> of <c>"plan"</c> (or none), <c>"awardProposal"</c>, <c>"movementModel"</c> or
/// <c>"safetyAssessment"</c>, then the subject's own properties. Bad input gives diagnostic ANTQ008 with the JSON path;
/// nothing throws.
/// </summary>
public static class SubjectJson
{
    /// <summary>Reads a document of any kind from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="limits">The size limits; the defaults when null.</param>
    /// <returns>The document read, by its kind, and the errors found.</returns>
    public static SubjectReadResult Read(string json, ReaderLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json), limits);
    }

    /// <summary>Reads a document of any kind from UTF-8 JSON (a byte-order mark at the start is skipped).</summary>
    /// <param name="utf8Json">The JSON document as UTF-8 bytes.</param>
    /// <param name="limits">The size limits; the defaults when null.</param>
    /// <returns>The document read, by its kind, and the errors found.</returns>
    public static SubjectReadResult Read(ReadOnlySpan<byte> utf8Json, ReaderLimits? limits = null)
    {
        var l = limits ?? ReaderLimits.Default;
        // The JSON standard lets a reader ignore a byte-order mark; System.Text.Json's reader takes it for a syntax error.
        utf8Json = DocumentInput.WithoutByteOrderMark(utf8Json, out _);
        if (utf8Json.Length > l.MaxChars * 4L)
        {
            return FromPlan(null, PlanJson.Read(utf8Json, l));
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(utf8Json, documentOptions: new JsonDocumentOptions { MaxDepth = l.MaxJsonDepth, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            var (vi, en) = JsonErrorText.Describe(ex);
            return Fail(null, $"JSON không hợp lệ: {vi}.", $"Invalid JSON: {en}.", ex.Path);
        }

        // Looked for once here; the plan reader is told so below.
        if (JsonInputChecks.FindDuplicateOrNullEntry(utf8Json, l.MaxJsonDepth) is { } duplicate)
        {
            return new(null, null, null, null, null, [duplicate]);
        }

        string? kind = null;
        try
        {
            // A duplicated property name surfaces here, when the object is first searched.
            if (root is not JsonObject obj || !obj.TryGetPropertyValue("kind", out var kindNode))
            {
                return FromPlan(SubjectKinds.Plan, PlanJson.Read(utf8Json, l, checkDuplicates: false));
            }

            if (kindNode is not JsonValue v || !v.TryGetValue(out string? s))
            {
                string found = kindNode is null ? "null" : kindNode.GetValueKind().ToString().ToLowerInvariant();
                return Fail(null, $"\"kind\" phải là một chuỗi (plan, awardProposal, movementModel, safetyAssessment, resultsReport hoặc steeringCommittee), không phải {found}.",
                    $"\"kind\" must be a string (plan, awardProposal, movementModel, safetyAssessment, resultsReport or steeringCommittee), not {found}.", "$.kind");
            }

            kind = s;
            obj.Remove("kind");
            switch (kind)
            {
                case SubjectKinds.Plan:
                    return FromPlan(kind, PlanJson.Read(Encoding.UTF8.GetBytes(obj.ToJsonString()), l, checkDuplicates: false));
                case SubjectKinds.AwardProposal when JsonInputChecks.FindMissingRequired(obj, AntqJsonContext.Relaxed.AwardProposal) is { } absent:
                    return Missing(kind, absent);
                case SubjectKinds.MovementModel when JsonInputChecks.FindMissingRequired(obj, AntqJsonContext.Relaxed.ModelAssessment) is { } absent:
                    return Missing(kind, absent);
                case SubjectKinds.SafetyAssessment when JsonInputChecks.FindMissingRequired(obj, AntqJsonContext.Relaxed.SafetyAssessment) is { } absent:
                    return Missing(kind, absent);
                case SubjectKinds.ResultsReport when JsonInputChecks.FindMissingRequired(obj, AntqJsonContext.Relaxed.ResultsReport) is { } absent:
                    return Missing(kind, absent);
                case SubjectKinds.SteeringCommittee when JsonInputChecks.FindMissingRequired(obj, AntqJsonContext.Relaxed.CommitteeAssessment) is { } absent:
                    return Missing(kind, absent);
                case SubjectKinds.SteeringCommittee:
                    var committee = obj.Deserialize(AntqJsonContext.Relaxed.CommitteeAssessment);
                    return committee?.Committee is { Name: not null } c && MissingInCommittee(c) is null
                        ? new(kind, null, null, null, null, []) { Committee = committee with { Committee = c with { Members = Internal.Structural.OrEmpty(c.Members) } } }
                        : Missing(kind, committee?.Committee is { Name: not null } named ? MissingInCommittee(named)! : "$.committee.name");
                case SubjectKinds.ResultsReport:
                    var results = obj.Deserialize(AntqJsonContext.Relaxed.ResultsReport);
                    return results is not null && MissingInResults(results, "$", 0) is null
                        ? new(kind, null, null, null, null, []) { ResultsReport = results }
                        : Missing(kind, results is null ? "$" : MissingInResults(results, "$", 0)!);
                case SubjectKinds.AwardProposal:
                    var proposal = obj.Deserialize(AntqJsonContext.Relaxed.AwardProposal);
                    return proposal is not null && MissingInProposal(proposal) is null
                        ? new(kind, null, proposal, null, null, [])
                        : Missing(kind, proposal is null ? "$" : MissingInProposal(proposal)!);
                case SubjectKinds.MovementModel:
                    var model = obj.Deserialize(AntqJsonContext.Relaxed.ModelAssessment);
                    return model is not null && MissingInModel(model) is null
                        ? new(kind, null, null, model, null, [])
                        : Missing(kind, model is null ? "$" : MissingInModel(model)!);
                case SubjectKinds.SafetyAssessment:
                    var safety = obj.Deserialize(AntqJsonContext.Relaxed.SafetyAssessment);
                    return safety is not null && safety.Name is not null
                        ? new(kind, null, null, null, safety, [])
                        : Missing(kind, "$.name");
                default:
                    return Fail(kind, $"Giá trị \"kind\" không được hỗ trợ: \"{kind}\" (dùng plan, awardProposal, movementModel, safetyAssessment, resultsReport hoặc steeringCommittee).",
                        $"Unsupported \"kind\": \"{kind}\" (use plan, awardProposal, movementModel, safetyAssessment, resultsReport or steeringCommittee).", "$.kind");
            }
        }
        catch (JsonException ex)
        {
            string where = ex.Path is null ? string.Empty : $" ({ex.Path})";
            // The subject is read from the parsed document, not from the user's bytes: its path says where, not a line.
            var (vi, en) = JsonErrorText.Describe(ex, positions: false);
            return Fail(kind, $"JSON không hợp lệ{where}: {vi}.", $"Invalid {kind} JSON{where}: {en}.", ex.Path);
        }
        catch (ArgumentException ex) when (ex.ParamName == "key")
        {
            return Fail(kind, "JSON không hợp lệ: một tên thuộc tính xuất hiện hai lần trong cùng một đối tượng.", "Invalid JSON: a property name appears twice in one object.");
        }
        catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException or ArgumentException or FormatException or OverflowException)
        {
            return Fail(kind, $"JSON không hợp lệ: {ex.Message}", $"Invalid {kind} JSON: {ex.Message}");
        }
    }

    /// <summary>The JSON of <paramref name="proposal"/>, with <c>"kind": "awardProposal"</c>.</summary>
    /// <param name="proposal">The proposal.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(AwardProposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        return WithKind(SubjectKinds.AwardProposal, JsonSerializer.SerializeToNode(proposal, AntqJsonContext.Relaxed.AwardProposal));
    }

    /// <summary>The JSON of <paramref name="assessment"/>, with <c>"kind": "movementModel"</c>.</summary>
    /// <param name="assessment">The model and the date it is assessed on.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(ModelAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return WithKind(SubjectKinds.MovementModel, JsonSerializer.SerializeToNode(assessment, AntqJsonContext.Relaxed.ModelAssessment));
    }

    /// <summary>The JSON of <paramref name="assessment"/>, with <c>"kind": "safetyAssessment"</c>.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(SafetyAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return WithKind(SubjectKinds.SafetyAssessment, JsonSerializer.SerializeToNode(assessment, AntqJsonContext.Relaxed.SafetyAssessment));
    }

    /// <summary>The JSON of <paramref name="report"/>, with <c>"kind": "resultsReport"</c>.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(Results.ResultsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return WithKind(SubjectKinds.ResultsReport, JsonSerializer.SerializeToNode(report, AntqJsonContext.Relaxed.ResultsReport));
    }

    /// <summary>The JSON of <paramref name="assessment"/>, with <c>"kind": "steeringCommittee"</c>.</summary>
    /// <param name="assessment">The committee and the date it is checked on.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(Committees.CommitteeAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return WithKind(SubjectKinds.SteeringCommittee, JsonSerializer.SerializeToNode(assessment, AntqJsonContext.Relaxed.CommitteeAssessment));
    }

    /// <summary>
    /// The path of the first member without a name or post, or null (a null member is refused before, with the other
    /// null entries of lists: <see cref="JsonInputChecks.FindDuplicateOrNullEntry"/>).
    /// </summary>
    private static string? MissingInCommittee(Committees.SteeringCommittee c)
    {
        for (int i = 0; !c.Members.IsDefault && i < c.Members.Length; i++)
        {
            var m = c.Members[i];
            if (m.Name is null || m.Position is null)
            {
                return $"$.committee.members[{i}].{(m.Name is null ? "name" : "position")}";
            }
        }

        return null;
    }

    /// <summary>The path of the first report, at any depth, without its unit, or null (the model's lists are never unset and hold no null).</summary>
    private static string? MissingInResults(Results.ResultsReport r, string path, int depth)
    {
        if (depth > 16)
        {
            return path;
        }

        if (r.Unit is null)
        {
            return path + ".unit";
        }

        for (int i = 0; i < r.Children.Length; i++)
        {
            if (MissingInResults(r.Children[i], $"{path}.children[{i}]", depth + 1) is { } inner)
            {
                return inner;
            }
        }

        return null;
    }

    private static string WithKind(string kind, JsonNode? node)
    {
        var result = new JsonObject { ["kind"] = kind };
        foreach (var (name, value) in (node as JsonObject)!.ToList())
        {
            ((JsonObject)node!).Remove(name);
            result[name] = value;
        }

        return result.ToJsonString(AntqJsonContext.Relaxed.Options);
    }

    private static string? MissingInProposal(AwardProposal p)
    {
        return p.Nominee is null || p.Nominee.Name is null ? "$.nominee.name" : null;
    }

    private static string? MissingInModel(ModelAssessment a)
    {
        return a.Model is null || a.Model.Name is null ? "$.model.name" : null;
    }

    private static SubjectReadResult FromPlan(string? kind, PlanReadResult r) => new(r.Success ? SubjectKinds.Plan : kind, r.Plan, null, null, null, r.Diagnostics);

    private static SubjectReadResult Missing(string kind, string path)
        => Fail(kind, $"JSON không hợp lệ ({path}): thiếu giá trị bắt buộc \"{LastName(path)}\".", $"Invalid {kind} JSON ({path}): the required value \"{LastName(path)}\" is missing or null.", path);

    private static string LastName(string path) => path[(path.LastIndexOfAny(['.', '[']) + 1)..].TrimEnd(']');

    private static SubjectReadResult Fail(string? kind, string vi, string en, string? path = null)
        => new(kind, null, null, null, null, [new ReadDiagnostic("ANTQ008", FindingSeverity.Error, vi, en, path is null ? null : Documents.Location.AtPath(path))]);
}
