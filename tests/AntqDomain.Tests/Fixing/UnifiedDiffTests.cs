using AntqDomain.Fixing;
using FsCheck;
using FsCheck.Fluent;

namespace AntqDomain.Tests.Fixing;

/// <summary>The diff is the standard unified format, and applying it to the old text gives the new one.</summary>
public class UnifiedDiffTests
{
    [Fact]
    public void Equal_texts_have_an_empty_diff()
        => Assert.Equal(string.Empty, UnifiedDiff.Create("a\nb\n", "a\nb\n", "a/x", "b/x"));

    [Fact]
    public void A_changed_line_is_shown_with_its_context_and_hunk_header()
    {
        string diff = UnifiedDiff.Create("1\n2\n3\n4\n5\n6\n7\n8\n", "1\n2\n3\n4\nfive\n6\n7\n8\n", "a/p.txt", "b/p.txt");

        Assert.Equal("--- a/p.txt\n+++ b/p.txt\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n", diff);
    }

    [Fact]
    public void Distant_changes_make_separate_hunks()
    {
        var before = Enumerable.Range(1, 30).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var after = before.ToArray();
        after[1] = "two";
        after[25] = "twenty-six";

        string diff = UnifiedDiff.Create(string.Join('\n', before) + "\n", string.Join('\n', after) + "\n", "a", "b");

        Assert.Equal(2, diff.Split('\n').Count(l => l.StartsWith("@@", StringComparison.Ordinal)));
    }

    [Fact]
    public void Applying_the_diff_to_the_old_text_gives_the_new_text()
    {
        var lines = Gen.Elements("a", "b", "c", "d", "Lưu: VT.", string.Empty).ArrayOf();
        Prop.ForAll((from x in lines from y in lines select (x, y)).ToArbitrary(), pair =>
        {
            string before = string.Concat(pair.x.Select(l => l + "\n"));
            string after = string.Concat(pair.y.Select(l => l + "\n"));

            string diff = UnifiedDiff.Create(before, after, "a", "b");

            Assert.Equal(after, Patch(before, diff));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500).WithQuietOnSuccess(true));
    }

    /// <summary>A minimal patch: for each hunk, keep the old lines before it, then take its context and added lines.</summary>
    private static string Patch(string before, string diff)
    {
        if (diff.Length == 0)
        {
            return before;
        }

        var old = before.Split('\n')[..^1];
        var result = new List<string>();
        int next = 0;
        foreach (string line in diff.Split('\n')[2..^1])
        {
            if (line.StartsWith("@@", StringComparison.Ordinal))
            {
                string range = line.Split(' ')[1][1..];
                int start = int.Parse(range.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture);
                int count = int.Parse(range.Split(',')[1], System.Globalization.CultureInfo.InvariantCulture);
                int first = count == 0 ? start : start - 1;
                result.AddRange(old[next..first]);
                next = first;
                continue;
            }

            char kind = line[0];
            if (kind == ' ')
            {
                Assert.Equal(old[next], line[1..]);
                result.Add(line[1..]);
                next++;
            }
            else if (kind == '-')
            {
                Assert.Equal(old[next], line[1..]);
                next++;
            }
            else
            {
                result.Add(line[1..]);
            }
        }

        result.AddRange(old[next..]);
        return string.Concat(result.Select(l => l + "\n"));
    }
}
