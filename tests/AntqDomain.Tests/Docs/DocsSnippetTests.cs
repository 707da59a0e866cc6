using AntqDomain.Administration;
using AntqDomain.Calendar;
using AntqDomain.Commendations;
using AntqDomain.Docx;
using AntqDomain.Drafting;
using AntqDomain.Fixing;
using AntqDomain.Results;
using AntqDomain.Serialization;
using AntqDomain.Rules;
using AntqDomain.Tests.Support;
using NodaTime;
using AntqDomain.Reading;

namespace AntqDomain.Tests.Docs;

/// <summary>
/// Every C# snippet in <c>docs/</c> marked <c>&lt;!-- compiled … --&gt;</c> is the body of a method of this class,
/// compiled here and run.
/// </summary>
[Collection(ConsoleOutputTests.Name)]
public class DocsSnippetTests
{
    private const string Marker = "<!-- compiled";

    [Fact]
    public void Every_snippet_marked_compiled_in_docs_is_code_in_this_class()
    {
        string thisFile = File.ReadAllText(Repo.PathOf("tests", "AntqDomain.Tests", "Docs", "DocsSnippetTests.cs")).ReplaceLineEndings("\n");
        int snippets = 0;
        foreach (string page in Directory.GetFiles(Repo.PathOf("docs"), "*.md").Concat(PackageReadmes()))
        {
            string md = File.ReadAllText(page).ReplaceLineEndings("\n");
            for (int at = md.IndexOf(Marker, StringComparison.Ordinal); at >= 0; at = md.IndexOf(Marker, at + 1, StringComparison.Ordinal))
            {
                string snippet = ReadmeQuickStartTests.ExtractFirstCSharpBlock(md[at..], Marker);
                foreach (string line in snippet.Split('\n').Where(l => l.Length > 0 && !l.StartsWith("using ", StringComparison.Ordinal)))
                {
                    Assert.True(thisFile.Contains("        " + line, StringComparison.Ordinal), $"{Path.GetFileName(page)}: the line \"{line}\" is not in DocsSnippetTests.");
                }

                snippets++;
            }
        }

        Assert.True(snippets > 0, "No compiled snippet found in docs/.");
    }

    /// <summary>The readme of each package (what the package page on nuget.org shows).</summary>
    internal static IEnumerable<string> PackageReadmes()
        => Directory.GetDirectories(Repo.PathOf("src")).Select(d => Path.Combine(d, "README.md")).Where(File.Exists).Order(StringComparer.Ordinal);

    [Fact]
    public void The_package_readme_snippets_print_the_calendar_and_check_a_plan_file()
    {
        string previous = Directory.GetCurrentDirectory();
        string folder = Directory.CreateTempSubdirectory("antq-readme-").FullName;
        File.WriteAllText(Path.Combine(folder, "ke-hoach.txt"), Examples.CleanProvincePlanText);
        var output = new StringWriter();
        var original = Console.Out;
        Directory.SetCurrentDirectory(folder);
        Console.SetOut(output);
        try
        {
            using (new CultureScope("vi-VN"))
            {
                PackageCalendarSnippet();
                PackageValidateSnippet();
            }
        }
        finally
        {
            Console.SetOut(original);
            Directory.SetCurrentDirectory(previous);
            Directory.Delete(folder, recursive: true);
        }

        var lines = output.ToString().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("81", lines[0]);
        Assert.Equal("21", lines[1]);
        Assert.StartsWith("kỷ niệm 81 năm Ngày truyền thống Công an nhân dân Việt Nam", lines[2], StringComparison.Ordinal);
        Assert.Equal("no error", lines[^1]);
    }

    private static void PackageCalendarSnippet()
    {
        var year = new FestivalYear(2026);
        Console.WriteLine(year.PoliceYears.Years);      // 81
        Console.WriteLine(year.FestivalYears.Years);    // 21
        Console.WriteLine(year.AnniversaryPhrase());    // kỷ niệm 81 năm Ngày truyền thống Công an nhân dân Việt Nam …
    }

    private static void PackageValidateSnippet()
    {
        string text = File.ReadAllText("ke-hoach.txt");
        var read = PlanTextReader.Default.Read(text);
        if (read.Plan is { } plan)
        {
            var report = new PlanValidator().Check(plan);   // build the validator once and share it: it is thread-safe
            foreach (var f in report.Findings)
            {
                Console.WriteLine($"{f.Location} {f.Code} {f.Severity}: {f.MessageEn} [{f.Citation.Abbreviation}]");
            }

            Console.WriteLine(report.HasErrors ? "errors to fix before issuing" : "no error");
        }
    }

    [Fact]
    public void The_commendation_snippet_prints_the_shortfall_and_reports_ANTQ602()
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            using (new CultureScope("vi-VN"))
            {
                CommendationSnippet();
            }
        }
        finally
        {
            Console.SetOut(original);
        }

        var lines = output.ToString().Split('\n', StringSplitOptions.TrimEntries);
        Assert.Equal("4 năm 5 tháng", lines[0]);
        Assert.Equal("4 years and 5 months", lines[1]);
        Assert.Equal("ANTQ602", lines[2]);
    }

    [Fact]
    public void The_getting_started_snippet_reads_validates_and_checks()
    {
        string previous = Directory.GetCurrentDirectory();
        var output = new StringWriter();
        var original = Console.Out;
        Directory.SetCurrentDirectory(Repo.Root);
        Console.SetOut(output);
        try
        {
            GettingStartedSnippet();
        }
        finally
        {
            Console.SetOut(original);
            Directory.SetCurrentDirectory(previous);
        }

        Assert.Equal(["214/KH-BCĐ", "False", "81", "False"], output.ToString().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
    }

    private static void GettingStartedSnippet()
    {
        // 1. Read the plain text of a plan (as copied out of the .docx): the plan plus reading diagnostics.
        var read = PlanTextReader.Default.Read(File.ReadAllText("docs/examples/province-plan-2026.txt"));
        var plan = read.GetPlanOrThrow();
        Console.WriteLine(plan.NumberText);                      // 214/KH-BCĐ

        // 2. Validate it against the rules in force on its date; build validators once and share them.
        var validator = new PlanValidator();
        var report = validator.Check(plan);
        Console.WriteLine(report.HasErrors);                     // False

        // 3. The calendar of its year.
        var year = new FestivalYear(plan.FestivalYear ?? 2026);
        Console.WriteLine(year.PoliceYears.Years);               // 81

        // 4. A commendation proposal: eligible when no error-severity finding comes back.
        var proposal = new AwardProposal
        {
            Nominee = new Nominee { Name = "Tổ tự quản thôn Đông", Kind = NomineeKind.Collective },
            Form = CommendationForm.CommendationCertificate,
            Authority = Authority.CommuneChair,
            Date = new LocalDate(2026, 8, 19),
        };
        Console.WriteLine(new AwardValidator().Check(proposal).HasErrors); // False
    }

    private static void CommendationSnippet()
    {
        var proposal = new AwardProposal
        {
            Nominee = new Nominee
            {
                Name = "Nguyễn Văn Bình",
                Sex = Sex.Male,
                Service = [new ServicePeriod(ServiceRole.GrassrootsForce, new LocalDate(2015, 1, 1))],
            },
            Form = CommendationForm.CommemorativeMedal,
            Authority = Authority.MinisterOfPublicSecurity,
            Date = new LocalDate(2025, 8, 1),
        };

        var result = MedalEligibility.Evaluate(proposal.Nominee, proposal.Date);
        Console.WriteLine(result.Shortfall?.InWords());                                          // 4 năm 5 tháng
        Console.WriteLine(result.Shortfall?.InWords(System.Globalization.CultureInfo.GetCultureInfo("en"))); // 4 years and 5 months

        var report = new AwardValidator().Check(proposal);                                        // ANTQ602, error
        Console.WriteLine(report.Findings.Single().Code);
    }

    [Fact]
    public void The_drafting_snippet_drafts_a_clean_commune_plan_and_writes_it_to_Word()
    {
        // The snippet reads docs/examples/… and writes a .docx next to it: it runs in a scratch copy of the repository's examples.
        string dir = Directory.CreateTempSubdirectory("antq-docs-").FullName;
        Directory.CreateDirectory(Path.Combine(dir, "docs", "examples"));
        File.Copy(Repo.PathOf("docs", "examples", "province-plan-2026.txt"), Path.Combine(dir, "docs", "examples", "province-plan-2026.txt"));

        var lines = RunIn(dir, DraftingSnippet);

        Assert.Equal(["2026-07-01", "[số], [ngày], [Họ và tên người ký]", "False"], lines);
        Assert.True(DocxPlanReader.Default.Read(Path.Combine(dir, "ke-hoach-phuong-do.docx")).Success);
    }

    [Fact]
    public void The_fixing_snippet_applies_the_fixes_and_re_targets_a_plan()
    {
        var lines = RunIn(Repo.Root, FixingSnippet);

        Assert.Equal(["8", "--- a/commune-plan-2025-defects.txt", "True"], lines);
    }

    /// <summary>Runs a snippet in <paramref name="directory"/> (its paths are relative), its output captured line by line.</summary>
    private static string[] RunIn(string directory, Action snippet)
    {
        var output = new StringWriter();
        var original = Console.Out;
        string previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(directory);
        Console.SetOut(output);
        try
        {
            snippet();
        }
        finally
        {
            Console.SetOut(original);
            Directory.SetCurrentDirectory(previous);
        }

        return output.ToString().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }

    private static void DraftingSnippet()
    {
        var parent = PlanTextReader.Default.Read(File.ReadAllText("docs/examples/province-plan-2026.txt")).GetPlanOrThrow();
        var draft = PlanDrafter.Draft(new PlanDraftRequest("xã Phương Độ", AdministrativeLevel.Commune, 2026) { Parent = parent });
        Console.WriteLine(draft.Plan.Window!.Start?.ToString("uuuu-MM-dd", null));    // 2026-07-01
        Console.WriteLine(string.Join(", ", draft.Placeholders.Select(p => p.Text)));  // [số], [ngày], [Họ và tên người ký]
        Console.WriteLine(new PlanValidator().Check(draft.Plan, parent).HasErrors);    // False
        File.WriteAllBytes("ke-hoach-phuong-do.docx", DocxPlanWriter.Write(draft.Plan));
    }

    private static void FixingSnippet()
    {
        var fixer = new PlanFixer();
        var result = fixer.Fix(File.ReadAllText("docs/examples/commune-plan-2025-defects.txt"));
        Console.WriteLine(result.Applied.Length);                                       // 8
        Console.WriteLine(result.Diff("commune-plan-2025-defects.txt").Split('\n')[0]); // --- a/commune-plan-2025-defects.txt
        var nextYear = fixer.Fix(File.ReadAllText("docs/examples/province-plan-2026.txt"), year: 2027);
        Console.WriteLine(nextYear.Text.Contains("kỷ niệm 82 năm", StringComparison.Ordinal)); // True
    }

    [Fact]
    public void The_results_snippet_rolls_up_validates_and_reads_text()
        => Assert.Equal(["10520", "False", "673364"], RunIn(Repo.Root, ResultsSnippet));

    private static void ResultsSnippet()
    {
        var province = SubjectJson.Read(File.ReadAllText("docs/examples/province-report-2026.json")).ResultsReport!;
        var rolled = ResultsRollup.Of("tỉnh Tuyên Quang", AdministrativeLevel.Province, 2026, province.Children);
        Console.WriteLine(rolled.Of(Indicator.Participants)!.Value);                   // 10520
        Console.WriteLine(new ResultsReportValidator().Check(province).HasErrors);     // False
        var fromText = ResultsTextReader.Read(File.ReadAllText("docs/examples/province-report-2026.txt")).Report!;
        Console.WriteLine(fromText.Of(Indicator.ClassAttendees)!.Value);               // 673364
    }
}
