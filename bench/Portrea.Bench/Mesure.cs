using System.Diagnostics;

namespace Portrea.Bench;

/// <summary>Wall-clock and memory figures printed by the benchmarks.</summary>
public static class Mesure
{
    public static async Task<TimeSpan> ChronometrerAsync(Func<Task> action)
    {
        var chrono = Stopwatch.StartNew();
        await action();
        return chrono.Elapsed;
    }

    /// <summary>Runs <paramref name="action"/> <paramref name="n"/> times and returns the median and 95th percentile in ms.</summary>
    public static async Task<(double P50, double P95)> PercentilesAsync(int n, Func<Task> action)
    {
        var durees = new List<double>(n);
        for (var i = 0; i < n; i++)
        {
            var chrono = Stopwatch.StartNew();
            await action();
            durees.Add(chrono.Elapsed.TotalMilliseconds);
        }

        durees.Sort();
        return (durees[n / 2], durees[(int)Math.Min(n - 1, Math.Ceiling(n * 0.95) - 1)]);
    }

    public static string MemoireMaximale()
    {
        using var processus = Process.GetCurrentProcess();
        return $"{processus.PeakWorkingSet64 / 1024.0 / 1024.0:N0} Mo";
    }
}
