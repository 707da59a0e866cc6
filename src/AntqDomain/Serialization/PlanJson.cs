using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using AntqDomain.Plans;
using AntqDomain.Text;

namespace AntqDomain.Serialization;

/// <summary>
/// The library's plan JSON (<em>Kế hoạch dạng JSON</em>): System.Text.Json with source generation, camelCase names,
/// NodaTime dates as ISO strings, enums as names. Writing is deterministic (same plan, same bytes, whatever the
/// culture); reading never throws for bad input and names the JSON path of the problem. Unknown fields are refused,
/// so no content is silently dropped. The schema is in <c>docs/plan.schema.json</c>.
/// </summary>
public static class PlanJson
{
    /// <summary>The plan as indented UTF-8 JSON text.</summary>
    public static string Write(FestivalPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return JsonSerializer.Serialize(plan, AntqJsonContext.Relaxed.FestivalPlan);
    }

    /// <summary>Reads a plan from JSON text.</summary>
    public static PlanReadResult Read(string json, ReaderLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json), limits);
    }

    /// <summary>Reads a plan from UTF-8 JSON bytes.</summary>
    public static PlanReadResult Read(ReadOnlySpan<byte> utf8Json, ReaderLimits? limits = null)
    {
        var l = limits ?? ReaderLimits.Default;
        if (utf8Json.Length > l.MaxChars * 4L)
        {
            return Fail("ANTQ002", $"Tệp JSON vượt giới hạn kích thước ({l.MaxChars:N0} ký tự).", $"The JSON input is over the size limit ({l.MaxChars:N0} characters, ReaderLimits.MaxChars).");
        }

        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = l.MaxJsonDepth, CommentHandling = JsonCommentHandling.Skip });
            var plan = JsonSerializer.Deserialize(ref reader, AntqJsonContext.Relaxed.FestivalPlan);
            if (plan is null)
            {
                return Fail("ANTQ008", "JSON rỗng (null) thay vì một kế hoạch.", "The JSON is null instead of a plan.");
            }

            return new PlanReadResult(Normalize(plan), []);
        }
        catch (JsonException ex)
        {
            string where = ex.Path is null ? string.Empty : $" ({ex.Path})";
            return Fail("ANTQ008", $"JSON không hợp lệ{where}: {ex.Message}", $"Invalid plan JSON{where}: {ex.Message}", ex.Path);
        }
        catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException or ArgumentException or FormatException or OverflowException)
        {
            return Fail("ANTQ008", $"JSON không hợp lệ: {ex.Message}", $"Invalid plan JSON: {ex.Message}");
        }
    }

    /// <summary>Arrays left out of the JSON become empty, never default.</summary>
    private static FestivalPlan Normalize(FestivalPlan p) => p with
    {
        Basis = OrEmpty(p.Basis),
        Sections = OrEmpty(p.Sections).Select(s => s with { Paragraphs = OrEmpty(s.Paragraphs) }).ToImmutableArray(),
        LeadUpActivities = OrEmpty(p.LeadUpActivities),
        FestivalActivities = OrEmpty(p.FestivalActivities).Select(a => a with { Kinds = OrEmpty(a.Kinds) }).ToImmutableArray(),
        BackdropTitle = OrEmpty(p.BackdropTitle),
        Scope = OrEmpty(p.Scope),
        ShowcaseSites = OrEmpty(p.ShowcaseSites),
        FundingSources = OrEmpty(p.FundingSources),
        Tasks = OrEmpty(p.Tasks),
        Unplaced = OrEmpty(p.Unplaced),
        Ceremony = p.Ceremony is { } c ? c with { Steps = OrEmpty(c.Steps) } : null,
        Recipients = p.Recipients is { } r ? r with { Lines = OrEmpty(r.Lines) } : null,
        Signature = p.Signature is { } s2 ? s2 with { Lines = OrEmpty(s2.Lines) } : null,
        Committee = p.Committee is { } cm ? cm with { Members = OrEmpty(cm.Members) } : null,
    };

    private static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> a) => a.IsDefault ? [] : a;

    private static PlanReadResult Fail(string code, string vi, string en, string? path = null)
        => new(null, [new ReadDiagnostic(code, Severity.Error, vi, en, path is null ? null : Documents.Location.AtPath(path))]);
}
