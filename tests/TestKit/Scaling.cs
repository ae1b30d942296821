using System.Diagnostics;
using AppealHandbook.Pipeline;

namespace AppealHandbook.Tests.TestKit;

/// <summary>
/// How a build's processor time grows with the size of one article: the ratio of the time at 4n
/// to the time at n. Linear work gives about 4 (less, with the build's fixed cost); quadratic work gives about
/// 16. Ratios rather than wall times, so the tests hold on a slow or busy machine.
/// </summary>
public static class Scaling
{
    /// <summary>A ratio above this means the cost grows faster than the input.</summary>
    public const double MaxRatio = 8;

    /// <summary>
    /// Builds the valid fixture with <paramref name="body"/>(n) appended to one English article's
    /// overview, then with <paramref name="body"/>(4n), and returns the ratio of the best timings of each.
    /// </summary>
    public static (double Ratio, TimeSpan Small, TimeSpan Large) Ratio(Func<int, string> body, int n, string path = "input/en/late-shipment-rate.md")
    {
        var (smallBody, largeBody) = (body(n), body(4 * n));
        var small = TimeSpan.MaxValue;
        var large = TimeSpan.MaxValue;
        // Other work on the machine only ever adds time, so the best timing is the truest; a ratio
        // over the limit is measured again (up to three rounds) before it counts.
        for (var round = 0; round < 3; round++)
        {
            small = Min(small, Best(smallBody, path));
            large = Min(large, Best(largeBody, path));
            if (large.TotalMilliseconds / Math.Max(1, small.TotalMilliseconds) <= MaxRatio)
            {
                break;
            }
        }

        return (large.TotalMilliseconds / Math.Max(1, small.TotalMilliseconds), small, large);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    /// <summary>Fails when the cost at 4n is more than <see cref="MaxRatio"/> times the cost at n.</summary>
    public static void AssertLinear(Func<int, string> body, int n, string what, string path = "input/en/late-shipment-rate.md")
    {
        var (ratio, small, large) = Ratio(body, n, path);
        Assert.True(ratio <= MaxRatio,
            $"{what}: {4 * n} took {ratio:0.0}× as long as {n} ({large.TotalMilliseconds:0} ms vs {small.TotalMilliseconds:0} ms); the cost grows faster than the input.");
    }

    /// <summary>The diagnostics of a build at size <paramref name="n"/>, to see which phase the time goes to.</summary>
    public static BuildResult Once(Func<int, string> body, int n, string path = "input/en/late-shipment-rate.md")
    {
        using var site = Prepare(body(n), path);
        return SiteBuilder.Build(site.Options(parallelism: 1), write: false);
    }

    private static TestSite Prepare(string extra, string path)
    {
        var site = TestSite.Create(SiteFixtures.Valid);
        var full = Path.Combine(site.Root, path);
        var text = File.ReadAllText(full);
        var at = text.IndexOf("\n## ", text.IndexOf("{#overview}", StringComparison.Ordinal), StringComparison.Ordinal);
        File.WriteAllText(full, text[..at] + "\n" + extra + "\n" + text[at..]);
        return site;
    }

    private static TimeSpan Best(string extra, string path)
    {
        using var site = Prepare(extra, path);
        // One core: the timing then measures work, not how the scheduler shared it out.
        var options = site.Options(parallelism: 1);
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            // Each build starts from a clean heap, so it is not charged for collecting another's garbage.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            // Processor time, not wall time: on a busy machine a build waits for a core, and that
            // wait is not its cost. (This collection runs alone, so the process is this build.)
            using var process = Process.GetCurrentProcess();
            var before = process.TotalProcessorTime;
            var result = SiteBuilder.Build(options, write: false);
            process.Refresh();
            var spent = process.TotalProcessorTime - before;
            best = spent < best ? spent : best;
            // A build that stopped on an engine failure would time nothing of interest.
            Assert.DoesNotContain(result.Diagnostics, d => d.Code == "AH999");
        }

        return best;
    }
}
