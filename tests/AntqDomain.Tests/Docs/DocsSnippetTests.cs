using AntqDomain.Calendar;
using AntqDomain.Commendations;
using AntqDomain.Rules;
using AntqDomain.Tests.Support;
using AntqDomain.Text;
using NodaTime;

namespace AntqDomain.Tests.Docs;

/// <summary>
/// Every C# snippet in <c>docs/</c> marked <c>&lt;!-- compiled … --&gt;</c> is the body of a method of this class,
/// compiled here and run.
/// </summary>
public class DocsSnippetTests
{
    private const string Marker = "<!-- compiled";

    [Fact]
    public void Every_snippet_marked_compiled_in_docs_is_code_in_this_class()
    {
        string thisFile = File.ReadAllText(Repo.PathOf("tests", "AntqDomain.Tests", "Docs", "DocsSnippetTests.cs")).ReplaceLineEndings("\n");
        int snippets = 0;
        foreach (string page in Directory.GetFiles(Repo.PathOf("docs"), "*.md"))
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
            Form = CommendationForm.Certificate,
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
}
