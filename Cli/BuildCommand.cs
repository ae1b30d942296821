using System.Runtime;
using AppealHandbook.Core;
using AppealHandbook.Data;
using AppealHandbook.Pipeline;

namespace AppealHandbook.Cli;

/// <summary><c>build</c> and <c>check</c>: build the site, run every check, print what was found.</summary>
internal static class BuildCommand
{
    public static BuildOptions Options(string input, string output, string? basePath, bool checkBuiltLinks = false, bool cache = false) => new()
    {
        CacheDirectory = cache ? RepositoryLayout.CacheFor(input) : null,
        CheckBuiltLinks = checkBuiltLinks,
        InputDirectory = input,
        OutputDirectory = output,
        ThemeDirectory = RepositoryLayout.ThemeFor(input),
        BasePath = basePath,
        DisplayRoot = RepositoryLayout.DisplayRootFor(input),
    };

    /// <summary>Builds; returns 0 on success, 1 on content errors.</summary>
    public static int Run(string input, string output, string? basePath, bool checkOnly, bool timings = false, bool cache = true)
    {
        // A build is a batch job on every core: background collections would only compete with
        // it for them (bench/RESULTS.md has the measurement). `preview` keeps them, for short pauses.
        GCSettings.LatencyMode = GCLatencyMode.Batch;
        if (basePath is not null && !SiteConfig.IsSafeBasePath(SiteConfig.NormalizeBasePath(basePath)))
        {
            // A usage error: it names the option the value came from, and nothing is built.
            Console.Error.WriteLine($"--base-path: {SiteConfig.BasePathProblem(basePath)}");
            return ExitCodes.Usage;
        }

        // check reads every built page back, so it builds without the cache.
        var result = SiteBuilder.Build(Options(input, output, basePath, checkBuiltLinks: checkOnly, cache: cache && !checkOnly));
        foreach (var note in result.Notes)
        {
            Console.Error.WriteLine(note);
        }

        if (timings)
        {
            // CPU time beside wall time: a module that keeps fewer cores busy than the machine has is a place to look.
            // The GC column counts pauses that ended while the module ran (modules of one phase run side by side).
            Console.WriteLine($"{"wall ms",9}  {"CPU ms",9}  {"cores",5}  {"GC ms",7}  module");
            foreach (var (module, elapsed, cpu, paused) in result.Timings)
            {
                Console.WriteLine($"{elapsed.TotalMilliseconds,9:0}  {cpu.TotalMilliseconds,9:0}  {cpu.TotalMilliseconds / Math.Max(1, elapsed.TotalMilliseconds),5:0.0}  {paused.TotalMilliseconds,7:0}  {module}");
            }

            if (result.ReusedPages > 0)
            {
                Console.WriteLine($"{result.ReusedPages,9} article pages reused from the build cache");
            }

            // The garbage collector's share is the first thing to look at when a big build is slow.
            Console.WriteLine($"{GC.GetTotalPauseDuration().TotalMilliseconds,9:0} ms  paused for garbage collection " +
                $"({GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2 collections; " +
                $"{GC.GetTotalAllocatedBytes() / (1024 * 1024):N0} MiB allocated)");

            // Start-up is most of a small build: methods compiled at run time are what ReadyToRun did not cover.
            Console.WriteLine($"{System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds,9:0} ms  compiling {System.Runtime.JitInfo.GetCompiledMethodCount():N0} methods at run time; resident " +
                $"memory {Environment.WorkingSet / (1024 * 1024):N0} MiB now, {PeakWorkingSetMiB():N0} MiB at most");
        }

        DiagnosticPrinter.Print(result.Diagnostics, Console.Out);
        Console.WriteLine(checkOnly
            ? DiagnosticPrinter.Summary(result, "Every check passed", "Check")
            : DiagnosticPrinter.Summary(result, $"Built {Path.GetFullPath(output)}", "Build"));
        return result.Succeeded ? ExitCodes.Ok : ExitCodes.ContentErrors;
    }

    private static long PeakWorkingSetMiB()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / (1024 * 1024);
    }
}
