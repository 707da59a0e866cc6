using AntqDomain.Plans;
using AntqDomain.Rules;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Reading;

/// <summary>
/// A ceremony programme written inline ("Phần lễ: (1) … (2) …") and hard-wrapped over several lines, as text copied
/// out of a PDF is, is read as the one line it was: the same steps, each placed where it starts in the text.
/// </summary>
public class HardWrappedProgrammeTests
{
    private const string Head = "- Phần lễ: (1)";

    public static TheoryData<int> Widths() => [50, 60, 75, 90, 120];

    /// <summary>The example plan with its inline programme wrapped at <paramref name="width"/> characters, at spaces.</summary>
    private static string Wrapped(int width)
    {
        var lines = Examples.CleanProvincePlanText.Split('\n');
        int at = Array.FindIndex(lines, l => l.StartsWith(Head, StringComparison.Ordinal));
        var wrapped = new List<string>();
        var line = new System.Text.StringBuilder();
        foreach (string word in lines[at].TrimEnd('\r').Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                wrapped.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        wrapped.Add(line.ToString());
        return string.Join('\n', lines[..at].Concat(wrapped).Concat(lines[(at + 1)..]));
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void A_wrapped_programme_reads_into_the_steps_of_the_programme_on_one_line(int width)
    {
        var one = Examples.Read(Examples.CleanProvincePlanText);
        string text = Wrapped(width);
        Assert.True(text.Split('\n').Length > Examples.CleanProvincePlanText.Split('\n').Length);

        var plan = Examples.Read(text);

        Assert.Equal(one.Ceremony!.Steps.Select(s => (s.Kind, s.Optional, s.Text.Marker, s.Text.Text)), plan.Ceremony!.Steps.Select(s => (s.Kind, s.Optional, s.Text.Marker, s.Text.Text)));
        Assert.Empty(new PlanValidator().Check(plan).Findings);
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void Each_step_of_a_wrapped_programme_is_placed_where_it_starts(int width)
    {
        string text = Wrapped(width);
        var lines = text.Split('\n');

        foreach (var step in Examples.Read(text).Ceremony!.Steps)
        {
            var at = step.Text.At!;
            string written = lines[at.Line!.Value - 1].Substring(at.Column!.Value - 1, at.Length!.Value);
            Assert.StartsWith(written, step.Text.Text, StringComparison.Ordinal);
            Assert.NotEmpty(written);
        }
    }

    [Fact]
    public void A_programme_without_a_full_stop_takes_no_labelled_line_after_it()
    {
        var plan = Examples.Read(Examples.CleanWith("(12) Bế mạc.", "(12) Bế mạc\nThành phần dự lễ: đại biểu các cơ quan"));

        Assert.Equal("Bế mạc", plan.Ceremony!.Steps[^1].Text.Text);
    }

    [Fact]
    public void A_programme_that_ends_on_its_line_takes_nothing_from_the_next()
    {
        var plan = Examples.Read(Examples.CleanWith("(12) Bế mạc.", "(12) Bế mạc.\nBan tổ chức chuẩn bị hội trường"));

        Assert.Equal("Bế mạc", plan.Ceremony!.Steps[^1].Text.Text);
    }
}
