using AntqDomain.Reading;
using AntqDomain.Serialization;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.Reading;

/// <summary>
/// The reader cuts lines into cells over buffers borrowed from shared pools for the time of one read (the folded text,
/// the cleaned copies of untidy lines). A plan must never keep a view into them: what it holds is its own, whatever is
/// read afterwards or at the same time on other threads.
/// </summary>
public class ReadingBorrowsNoBufferBeyondOneReadTests
{
    /// <summary>The example plan with untidy lines (markdown stars, a no-break space, a zero-width space, an HTML tag, a tab) that are cleaned in a borrowed copy.</summary>
    private static string Untidy(string text, int variant)
        => text
            .Replace("KẾ HOẠCH", "**KẾ HOẠCH**", StringComparison.Ordinal)
            .Replace("Căn cứ", "Căn\u00A0cứ", StringComparison.Ordinal)
            .Replace("Phần lễ", "Phần\u200Blễ", StringComparison.Ordinal)
            .Replace("Nơi nhận:", "<b>Nơi nhận:</b>", StringComparison.Ordinal)
            .Replace("năm 2026", variant % 2 == 0 ? "năm 2026" : "năm\t2026", StringComparison.Ordinal)
            + new string('\n', variant % 3);

    /// <summary>Other texts that reuse the same pooled buffers with different content.</summary>
    private static IEnumerable<string> OtherTexts()
    {
        string text = Examples.CleanProvincePlanText;
        yield return text.ToUpperInvariant();
        yield return text.Replace("Công an", "Xxxx yy", StringComparison.Ordinal);
        yield return string.Join('\n', text.Split('\n').Reverse());
        yield return "*" + text.Replace('a', '\u00A0');
        yield return new string('-', 4000) + "\n" + text;
    }

    [Fact]
    public void A_plan_read_earlier_is_unchanged_by_the_texts_read_after_it()
    {
        var plan = PlanTextReader.Default.Read(Untidy(Examples.CleanProvincePlanText, 1)).Plan!;
        string before = PlanJson.Write(plan);

        foreach (string other in OtherTexts())
        {
            PlanTextReader.Default.Read(other);
        }

        Assert.Equal(before, PlanJson.Write(plan));
        Assert.Contains(plan.Sections, s => s.Paragraphs.Any(p => p.Text.Contains("Công an", StringComparison.Ordinal)));
    }

    [Fact]
    public void Plans_read_on_many_threads_at_once_equal_the_plans_read_one_at_a_time()
    {
        string[] texts = [.. Enumerable.Range(0, 6).Select(v => Untidy(Examples.CleanProvincePlanText, v)), .. OtherTexts()];
        string?[] alone = [.. texts.Select(t => PlanTextReader.Default.Read(t).Plan is { } p ? PlanJson.Write(p) : null)];

        var together = new string?[texts.Length * 40];
        Parallel.For(0, together.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var read = PlanTextReader.Default.Read(texts[i % texts.Length]);
            together[i] = read.Plan is { } p ? PlanJson.Write(p) : null;
        });

        for (int i = 0; i < together.Length; i++)
        {
            Assert.Equal(alone[i % texts.Length], together[i]);
        }
    }
}
