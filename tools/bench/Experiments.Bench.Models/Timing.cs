namespace Experiments.Bench.Models;

internal static class Timing
{
    /// <summary>
    /// Runs <paramref name="action"/> once to warm up (unless <paramref name="warmUp"/> is false, for
    /// steps too slow to repeat), then <paramref name="repeats"/> times; the median ms.
    /// </summary>
    public static double MedianMilliseconds(int repeats, Func<double> action, bool warmUp = true)
    {
        if (warmUp)
        {
            action();
        }

        var times = Enumerable.Range(0, repeats).Select(_ => action()).Order().ToList();
        return times[times.Count / 2];
    }
}
