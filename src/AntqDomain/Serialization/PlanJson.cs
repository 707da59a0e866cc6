using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using AntqDomain.Plans;
using AntqDomain.Documents;
using AntqDomain.Reading;
using AntqDomain.Rules;

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
    /// <param name="plan">The plan.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(FestivalPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return JsonSerializer.Serialize(plan, AntqJsonContext.Relaxed.FestivalPlan);
    }

    /// <summary>Reads a plan from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="limits">The size limits; the defaults when null.</param>
    /// <returns>The plan (when it could be read) and the errors found, each with its JSON path.</returns>
    public static PlanReadResult Read(string json, ReaderLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json), limits);
    }

    /// <summary>Reads a plan from UTF-8 JSON bytes (a byte-order mark at the start, as Windows editors write, is skipped).</summary>
    /// <param name="utf8Json">The JSON document as UTF-8 bytes.</param>
    /// <param name="limits">The size limits; the defaults when null.</param>
    /// <returns>The plan (when it could be read) and the errors found, each with its JSON path.</returns>
    public static PlanReadResult Read(ReadOnlySpan<byte> utf8Json, ReaderLimits? limits = null) => Read(utf8Json, limits ?? ReaderLimits.Default, checkDuplicates: true);

    /// <summary>Reads a plan; <paramref name="checkDuplicates"/> is false when the caller has already looked for repeated property names in these bytes.</summary>
    internal static PlanReadResult Read(ReadOnlySpan<byte> utf8Json, ReaderLimits l, bool checkDuplicates)
    {
        // The JSON standard lets a reader ignore a byte-order mark; System.Text.Json's reader takes it for a syntax error.
        utf8Json = DocumentInput.WithoutByteOrderMark(utf8Json, out _);
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

            // Only white space and comments may follow the plan: anything else (a second plan pasted after the first, a
            // stray bracket) makes the reader throw here, and is reported rather than dropped unseen.
            if (reader.Read())
            {
                return Fail("ANTQ008", "JSON không hợp lệ: còn nội dung sau khi tài liệu JSON đã kết thúc (chỉ được có một tài liệu).", "Invalid plan JSON: content follows the end of the JSON document (only one document is read).");
            }

            if (checkDuplicates && JsonInputChecks.FindDuplicateOrNullEntry(utf8Json, l.MaxJsonDepth) is { } duplicate)
            {
                return new PlanReadResult(null, [duplicate]);
            }

            var normalized = Normalize(plan);
            if (MissingRequired(normalized) is { } path)
            {
                return Fail("ANTQ008", $"JSON không hợp lệ ({path}): thiếu giá trị bắt buộc.", $"Invalid plan JSON ({path}): a required value is missing or null.", path);
            }

            // What the parts say (window, ceremony, scope, …) is derived as the text reader derives it, for whatever the
            // document leaves out: a plan gives the same findings whichever way it arrives.
            var content = PlanContent.Of(normalized.Sections, PlanContent.YearFor(normalized.DocumentKind, normalized.TitleYear, normalized.Dated));
            return new PlanReadResult(content.Under(normalized), []);
        }
        catch (JsonException ex)
        {
            string where = ex.Path is null ? string.Empty : $" ({ex.Path})";
            var (vi, en) = JsonErrorText.Describe(ex);
            return Fail("ANTQ008", $"JSON không hợp lệ{where}: {vi}.", $"Invalid plan JSON{where}: {en}.", ex.Path);
        }
        catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException or ArgumentException or FormatException or OverflowException)
        {
            return Fail("ANTQ008", $"JSON không hợp lệ: {ex.Message}", $"Invalid plan JSON: {ex.Message}");
        }
    }

    /// <summary>
    /// The committee's member list left out of the JSON becomes empty; the plan's own lists and issuer need nothing,
    /// since the model never holds them unset.
    /// </summary>
    private static FestivalPlan Normalize(FestivalPlan p)
        => p.Committee is { Members.IsDefault: true } cm ? p with { Committee = cm with { Members = [] } } : p;

    /// <summary>The JSON path of the first required value that is null (System.Text.Json does not enforce nullability on .NET 8).</summary>
    private static string? MissingRequired(FestivalPlan p)
    {
        static bool Bad(PlanText? t) => t is null || t.Text is null;
        for (int i = 0; i < p.Sections.Length; i++)
        {
            if (Bad(p.Sections[i].Heading))
            {
                return $"$.sections[{i}].heading";
            }

            for (int j = 0; j < p.Sections[i].Paragraphs.Length; j++)
            {
                if (Bad(p.Sections[i].Paragraphs[j]))
                {
                    return $"$.sections[{i}].paragraphs[{j}]";
                }
            }
        }

        (string Name, ImmutableArray<PlanText> Items)[] lists =
        [
            ("basis", p.Basis), ("leadUpActivities", p.LeadUpActivities), ("backdropTitle", p.BackdropTitle), ("showcaseSites", p.ShowcaseSites), ("unplaced", p.Unplaced),
            ("recipients.lines", p.Recipients?.Lines ?? []), ("signature.lines", p.Signature?.Lines ?? []),
        ];
        foreach (var (name, items) in lists)
        {
            for (int i = 0; i < items.Length; i++)
            {
                if (Bad(items[i]))
                {
                    return $"$.{name}[{i}]";
                }
            }
        }

        var steps = p.Ceremony?.Steps ?? [];
        for (int i = 0; i < steps.Length; i++)
        {
            if (Bad(steps[i].Text))
            {
                return $"$.ceremony.steps[{i}].text";
            }
        }

        for (int i = 0; i < p.FestivalActivities.Length; i++)
        {
            if (Bad(p.FestivalActivities[i].Text))
            {
                return $"$.festivalActivities[{i}].text";
            }
        }

        for (int i = 0; i < p.Tasks.Length; i++)
        {
            if (Bad(p.Tasks[i].Text))
            {
                return $"$.tasks[{i}].text";
            }
        }

        (string Name, PlanText? Text)[] single =
        [
            ("numberLabel", p.NumberLabel), ("title", p.Title), ("scopeText", p.ScopeText), ("participants", p.Participants), ("funding", p.Funding),
            ("parent.text", p.Parent?.Text), ("window.text", p.Window?.Text),
        ];
        foreach (var (name, text) in single)
        {
            if (text is { Text: null })
            {
                return $"$.{name}.text";
            }
        }

        if (p.Committee is { } c && (c.Name is null || c.Members.Any(m => m.Name is null || m.Position is null)))
        {
            return "$.committee";
        }

        if (p.Signature?.Signer is { Text: null })
        {
            return "$.signature.signer.text";
        }

        return p.Dated is { Place: null } ? "$.dated.place" : null;
    }

    private static PlanReadResult Fail(string code, string vi, string en, string? path = null)
        => new(null, [new ReadDiagnostic(code, FindingSeverity.Error, vi, en, path is null ? null : Documents.Location.AtPath(path))]);
}
