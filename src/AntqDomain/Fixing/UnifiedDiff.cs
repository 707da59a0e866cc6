using System.Globalization;
using System.Text;

namespace AntqDomain.Fixing;

/// <summary>
/// A unified diff of two texts, line by line (<em>so sánh hai văn bản</em>), in the format of <c>diff -u</c> and
/// <c>git diff</c>: "---"/"+++" headers, then hunks "@@ -l,s +l,s @@" with three lines of context. Built on Myers'
/// O(ND) algorithm, so a few fixes in a long plan cost little.
/// </summary>
public static class UnifiedDiff
{
    private const int MaxEdits = 4000;

    /// <summary>The diff from <paramref name="before"/> to <paramref name="after"/>; empty when they are equal.</summary>
    /// <param name="before">The original text.</param>
    /// <param name="after">The changed text.</param>
    /// <param name="beforeName">The name shown after "---" (e.g. "a/plan.txt").</param>
    /// <param name="afterName">The name shown after "+++" (e.g. "b/plan.txt").</param>
    /// <param name="context">Lines of context around each change.</param>
    /// <returns>The diff, with line feeds; empty when nothing changed.</returns>
    public static string Create(string before, string after, string beforeName, string afterName, int context = 3)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentOutOfRangeException.ThrowIfNegative(context);
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return string.Empty;
        }

        string[] a = Lines(before);
        string[] b = Lines(after);
        var ops = Script(a, b);
        var sb = new StringBuilder();
        sb.Append("--- ").Append(beforeName).Append('\n');
        sb.Append("+++ ").Append(afterName).Append('\n');
        int i = 0;
        while (i < ops.Count)
        {
            while (i < ops.Count && ops[i].Kind == ' ')
            {
                i++;
            }

            if (i == ops.Count)
            {
                break;
            }

            int start = Math.Max(0, i - context);
            int end = i;
            while (end < ops.Count)
            {
                if (ops[end].Kind != ' ')
                {
                    end++;
                    continue;
                }

                int run = end;
                while (run < ops.Count && ops[run].Kind == ' ')
                {
                    run++;
                }

                if (run == ops.Count || run - end > 2 * context)
                {
                    end = Math.Min(ops.Count, end + context);
                    break;
                }

                end = run;
            }

            int aStart = ops[start].A, bStart = ops[start].B;
            int aCount = 0, bCount = 0;
            for (int k = start; k < end; k++)
            {
                aCount += ops[k].Kind != '+' ? 1 : 0;
                bCount += ops[k].Kind != '-' ? 1 : 0;
            }

            sb.Append(CultureInfo.InvariantCulture, $"@@ -{Range(aStart, aCount)} +{Range(bStart, bCount)} @@\n");
            for (int k = start; k < end; k++)
            {
                var op = ops[k];
                sb.Append(op.Kind).Append(op.Kind == '+' ? b[op.B] : a[op.A]).Append('\n');
            }

            i = end;
        }

        return sb.ToString();
    }

    private static string Range(int start, int count)
        => count == 0 ? string.Create(CultureInfo.InvariantCulture, $"{start},0") : string.Create(CultureInfo.InvariantCulture, $"{start + 1},{count}");

    private static string[] Lines(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        return text.EndsWith('\n') || text.EndsWith('\r') ? lines[..^1] : lines;
    }

    /// <summary>The edit script: each line of both texts once, kept (' '), removed ('-') or added ('+'), with its indexes.</summary>
    private static List<(char Kind, int A, int B)> Script(string[] a, string[] b)
    {
        int n = a.Length, m = b.Length, max = n + m, off = max + 1;
        var v = new int[2 * max + 3];
        var trace = new List<int[]>();
        int found = -1;
        for (int d = 0; d <= Math.Min(max, MaxEdits) && found < 0; d++)
        {
            trace.Add((int[])v.Clone());
            for (int k = -d; k <= d; k += 2)
            {
                int x = k == -d || (k != d && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && string.Equals(a[x], b[y], StringComparison.Ordinal))
                {
                    x++;
                    y++;
                }

                v[off + k] = x;
                if (x >= n && y >= m)
                {
                    found = d;
                    break;
                }
            }
        }

        var ops = new List<(char, int, int)>(n + m);
        if (found < 0)
        {
            // Too many differences to align: every line of the first text out, every line of the second in.
            ops.AddRange(Enumerable.Range(0, n).Select(i => ('-', i, 0)));
            ops.AddRange(Enumerable.Range(0, m).Select(j => ('+', n, j)));
            return ops;
        }

        int cx = n, cy = m;
        for (int d = found; d >= 0; d--)
        {
            var vd = trace[d];
            int k = cx - cy;
            int prevK = d == 0 ? 0 : k == -d || (k != d && vd[off + k - 1] < vd[off + k + 1]) ? k + 1 : k - 1;
            int prevX = d == 0 ? 0 : vd[off + prevK];
            int prevY = prevX - prevK;
            while (cx > prevX && cy > prevY)
            {
                ops.Add((' ', --cx, --cy));
            }

            if (d > 0)
            {
                if (cx == prevX)
                {
                    ops.Add(('+', cx, --cy));
                }
                else
                {
                    ops.Add(('-', --cx, cy));
                }
            }
        }

        ops.Reverse();
        return ops;
    }
}
