using AntqDomain.Rules;

namespace AntqDomain.Benchmarks;

/// <summary>How the bulk benchmarks count subjects with error findings, in parallel or in one thread.</summary>
internal static class Counting
{
    public static int Errors<T>(T[] items, Func<T, ValidationReport> check, bool parallel)
    {
        int errors = 0;
        if (parallel)
        {
            Parallel.ForEach(items, item =>
            {
                if (check(item).HasErrors)
                {
                    Interlocked.Increment(ref errors);
                }
            });
        }
        else
        {
            foreach (var item in items)
            {
                errors += check(item).HasErrors ? 1 : 0;
            }
        }

        return errors;
    }
}
