using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AntqDomain.Rules;
using AntqDomain.Legal;
using AntqDomain.Reading;

namespace AntqDomain.Cli;

/// <summary>
/// The validation of files as a SARIF 2.1.0 log (the format code-scanning tools read): one run, the tool with every
/// rule of the catalogue, one result per finding with its level, message, location (text: file, line and column; JSON:
/// the JSON path as a logical location; Word: the paragraph) and its fix, and a notification per file that could not be read.
/// </summary>
internal static class SarifReport
{
    private const string RulesPage = "https://github.com/antqdomain/antqdomain/blob/main/docs/rules.md#";

    public static string Write(IReadOnlyList<FileReport> files, string version, CultureInfo lang)
    {
        var rules = RuleCatalogue.Default.Rules;
        var index = rules.Select((r, i) => (r.Code.Value, i)).ToDictionary(x => x.Value, x => x.i, StringComparer.Ordinal);
        var ruleNodes = new JsonArray();
        foreach (var r in rules)
        {
            ruleNodes.Add((JsonNode)new JsonObject
            {
                ["id"] = r.Code.Value,
                ["name"] = Pascal(r.TitleEn),
                ["shortDescription"] = new JsonObject { ["text"] = r.Title(lang) },
                ["fullDescription"] = new JsonObject { ["text"] = $"{r.TitleVi} / {r.TitleEn} ({r.Citation})" },
                ["helpUri"] = RulesPage + r.Code.Value.ToLowerInvariant(),
                ["defaultConfiguration"] = new JsonObject { ["level"] = Level(r.Severity.ToString().ToLowerInvariant()) },
                ["properties"] = new JsonObject { ["titleVi"] = r.TitleVi, ["titleEn"] = r.TitleEn, ["citation"] = r.Citation.ToString(), ["fixable"] = r.Fixable },
            });
        }

        var results = new JsonArray();
        var artifacts = new JsonArray();
        var notifications = new JsonArray();
        foreach (var file in files)
        {
            artifacts.Add((JsonNode)new JsonObject { ["location"] = new JsonObject { ["uri"] = Uri(file.File) } });
            if (file.Kind is null)
            {
                notifications.Add((JsonNode)new JsonObject
                {
                    ["level"] = "error",
                    ["message"] = new JsonObject { ["text"] = $"{file.File}: {file.Error}" },
                    ["locations"] = new JsonArray(new JsonObject { ["physicalLocation"] = new JsonObject { ["artifactLocation"] = new JsonObject { ["uri"] = Uri(file.File) } } }),
                });
                continue;
            }

            foreach (var f in file.Findings)
            {
                var result = new JsonObject
                {
                    ["ruleId"] = f.Code,
                    ["level"] = Level(f.Severity),
                    ["message"] = new JsonObject { ["text"] = f.Message },
                    ["locations"] = new JsonArray(Location(file.File, f)),
                };
                if (index.TryGetValue(f.Code, out int i))
                {
                    result["ruleIndex"] = i;
                }

                if (f.Fix is { } fix && f.Line is not null)
                {
                    var replacements = new JsonArray();
                    foreach (var e in fix.Edits)
                    {
                        replacements.Add((JsonNode)new JsonObject
                        {
                            ["deletedRegion"] = new JsonObject { ["startLine"] = e.Line, ["startColumn"] = e.Column, ["endColumn"] = e.Column + e.Length },
                            ["insertedContent"] = new JsonObject { ["text"] = e.Replacement },
                        });
                    }

                    result["fixes"] = new JsonArray(new JsonObject
                    {
                        ["description"] = new JsonObject { ["text"] = fix.Description },
                        ["artifactChanges"] = new JsonArray(new JsonObject { ["artifactLocation"] = new JsonObject { ["uri"] = Uri(file.File) }, ["replacements"] = replacements }),
                    });
                }

                results.Add((JsonNode)result);
            }
        }

        var log = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "antq",
                        ["fullName"] = "antq — AntqDomain validator for festival plans (Ngày hội toàn dân bảo vệ an ninh Tổ quốc)",
                        ["version"] = version,
                        ["semanticVersion"] = version.Split('+')[0],
                        ["informationUri"] = "https://github.com/antqdomain/antqdomain",
                        ["rules"] = ruleNodes,
                    },
                },
                ["artifacts"] = artifacts,
                ["invocations"] = new JsonArray(new JsonObject
                {
                    ["executionSuccessful"] = notifications.Count == 0,
                    ["toolExecutionNotifications"] = notifications,
                }),
                ["results"] = results,
                ["columnKind"] = "utf16CodeUnits",
            }),
        };
        return log.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static JsonObject Location(string file, FindingDocument f)
    {
        var physical = new JsonObject { ["artifactLocation"] = new JsonObject { ["uri"] = Uri(file) } };
        if (f.Line is { } line)
        {
            var region = new JsonObject { ["startLine"] = line };
            if (f.Column is { } column)
            {
                region["startColumn"] = column;
                if (f.Excerpt is { Length: > 0 } x)
                {
                    region["endColumn"] = column + x.Length;
                }
            }

            physical["region"] = region;
        }

        var location = new JsonObject { ["physicalLocation"] = physical };
        string? logical = f.Paragraph is { } p
            ? string.Create(CultureInfo.InvariantCulture, $"paragraph[{p}]") + (f.Table is { } t ? string.Create(CultureInfo.InvariantCulture, $"/table[{t}]/row[{f.Row}]/cell[{f.Cell}]") : string.Empty)
            : f.Path;
        if (logical is not null)
        {
            location["logicalLocations"] = new JsonArray(new JsonObject { ["fullyQualifiedName"] = logical, ["kind"] = f.Paragraph is null ? "element" : "paragraph" });
        }

        return location;
    }

    private static string Level(string severity) => severity switch
    {
        "error" => "error",
        "warning" => "warning",
        _ => "note",
    };

    private static string Uri(string file) => file == "-" ? "stdin" : file.Replace('\\', '/');

    private static string Pascal(string title)
        => string.Concat(title.Split([' ', '-', ',', '(', ')', '"', '\'', '/', '.', ':', ';', '–'], StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
