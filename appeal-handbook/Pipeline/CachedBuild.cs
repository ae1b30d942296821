using System.Diagnostics;
using AppealHandbook.Cache;
using AppealHandbook.Content;
using AppealHandbook.Core;
using AppealHandbook.Layout;
using AppealHandbook.Layout.Print;
using AppealHandbook.Markdown;
using AppealHandbook.Output;
using AppealHandbook.Search;

namespace AppealHandbook.Pipeline;

/// <summary>
/// A build with the build cache (<see cref="BuildCache"/>): the same pipeline, with articles the
/// cache finds unchanged not read (<see cref="ReadArticles"/>), reading the front matter replaced
/// by <see cref="RestoreArticles"/> (reuse unchanged pages), <see cref="RecordArticles"/> after the
/// search text (keep what the next build needs), the print edition of an unchanged language kept
/// (<see cref="GeneratePrintEdition"/>), <see cref="ReuseListPages"/> before the layouts,
/// <see cref="ReuseSitemap"/> for the sitemap, and a write that reuses the previous output
/// (<see cref="OutputReuse"/>). Its result is byte for byte the clean build's, with the same diagnostics.
/// </summary>
internal static class CachedBuild
{
    public static BuildResult Run(BuildOptions options, SitePipeline pipeline)
    {
        var opening = Step.Start();
        using var cache = BuildCache.Open(options);
        var opened = opening.Stop("Cache/Open");
        if (!cache.Usable)
        {
            return SiteBuilder.Run(options, pipeline, write: true) with { Notes = cache.Notes };
        }

        var result = SiteBuilder.Run(options, WithCache(pipeline, cache), write: true, writeAsMade: false);
        if (!result.Succeeded && cache.ReusedPages > 0)
        {
            // A failed build stops after the phase that failed, but reused pages replay what every
            // phase reported of them: building again without reuse gives exactly the clean build's messages.
            // So does an attempt that stopped on what it reused (a section missing from the previous print edition).
            result = SiteBuilder.Run(options, pipeline, write: true);
            cache.ReusedPages = 0; // the build that stands reused nothing
            if (result.Files > 0)
            {
                cache.Forget();
            }
        }
        else if (result.Succeeded && result.Files > 0)
        {
            var saving = Step.Start();
            cache.Save(result.State, result.Diagnostics);
            result = result with { Timings = [opened, .. result.Timings, saving.Stop("Cache/Save")] };
        }

        return result with { Notes = cache.Notes, ReusedPages = result.Succeeded ? cache.ReusedPages : 0 };
    }

    /// <summary>Wall and CPU time of a step outside the pipeline's modules, for <c>--timings</c>.</summary>
    private readonly record struct Step(Stopwatch Clock, TimeSpan CpuAtStart, TimeSpan Paused)
    {
        public static Step Start() => new(Stopwatch.StartNew(), Cpu(), GC.GetTotalPauseDuration());

        public ModuleTiming Stop(string name) => new(name, Clock.Elapsed, Cpu() - CpuAtStart, GC.GetTotalPauseDuration() - Paused);

        private static TimeSpan Cpu()
        {
            using var process = Process.GetCurrentProcess();
            return process.TotalProcessorTime;
        }
    }

    /// <summary><paramref name="pipeline"/> with the cache's modules in place.</summary>
    private static SitePipeline WithCache(SitePipeline pipeline, BuildCache cache) => new()
    {
        Read = [.. pipeline.Read.Select(m => m is ReadArticles ? new ReadArticles(cache.IsUnchanged) : m)],
        Process = [.. pipeline.Process.Select(m => m is ParseFrontMatter ? new RestoreArticles(cache) : m)],
        PostProcess = [.. pipeline.PostProcess.SelectMany(m => m switch
        {
            ArticleTrees => [m, new RecordArticles(cache)],
            BuildSearchIndex => [new UpdateSearchIndex(cache)],
            GeneratePrintEdition => [new GeneratePrintEdition(cache.PreviousPrintSection, cache.KeepsPrevious)],
            ApplyLayouts => [new ReuseListPages(cache), m],
            GenerateSitemap => [new ReuseSitemap(cache)],
            _ => new[] { m },
        })],
        Write = [.. pipeline.Write.Select(m => m is WriteSite ? new WriteSite(cache.Output) : m)],
    };
}
