using System.Diagnostics;
using AppealHandbook.Core;
using AppealHandbook.Markdown;
using AppealHandbook.Output;

namespace AppealHandbook.Pipeline;

/// <summary>
/// Runs the pipeline's phases in order. After each phase, if any error was reported the build
/// stops there: later phases would only report the same problem again, and nothing is written.
/// </summary>
public static class SiteBuilder
{
    /// <summary>
    /// Builds the site; set <paramref name="write"/> to false to run every check without writing.
    /// With <see cref="BuildOptions.CacheDirectory"/> set, a build that writes uses the build cache
    /// (<see cref="CachedBuild"/>); a build that reads every page back (<c>check</c>) does not.
    /// </summary>
    public static BuildResult Build(BuildOptions options, SitePipeline? pipeline = null, bool write = true)
    {
        pipeline ??= new SitePipeline();
        return options.CacheDirectory is not null && write && !options.CheckBuiltLinks
            ? CachedBuild.Run(options, pipeline)
            : Run(options, pipeline, write);
    }

    /// <summary>
    /// Runs <paramref name="pipeline"/>'s phases in order. <paramref name="writeAsMade"/> writes each
    /// page into the staging folder as it is laid out; a cached build keeps the pages instead, since
    /// its write compares each with the previous output.
    /// </summary>
    internal static BuildResult Run(BuildOptions options, SitePipeline pipeline, bool write, bool writeAsMade = true)
    {
        var clock = Stopwatch.StartNew();
        var state = new BuildState(options);
        var timings = new List<ModuleTiming>();
        using var process = Process.GetCurrentProcess();

        if (OutputFolderGuard.Problem(options.InputDirectory, options.OutputDirectory, options.ThemeDirectory) is { } problem)
        {
            state.Diagnostics.Error(state.DisplayPath(Path.GetFullPath(options.OutputDirectory)), 0, 0, DiagnosticCodes.BadOptions, problem);
            return Finish(state, clock, written: false);
        }

        if (!Directory.Exists(options.InputDirectory))
        {
            state.Diagnostics.Error(options.InputDirectory, 0, 0, DiagnosticCodes.BadOptions,
                $"The input folder '{options.InputDirectory}' does not exist. Run from the repository root or pass --input DIR.");
            return Finish(state, clock, written: false);
        }

        if (write && writeAsMade && !options.CheckBuiltLinks)
        {
            // Nothing reads a finished page back: each is written into the staging folder as it
            // is laid out (WriteSite swaps the folder in), instead of every page being held to the end.
            state.Staged = new StagedFiles(StagingFolders.Path(Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.OutputDirectory)), "new", StagingFolders.NewId()));
        }

        foreach (var (phase, modules) in pipeline.Phases)
        {
            if (phase == Phase.Write && !write)
            {
                break;
            }

            // The reading modules read different files into different parts of the state, so they
            // run side by side (parsing the theme's templates overlaps with reading the articles);
            // every other phase runs its modules one after the other, each in parallel inside.
            var outcomes = new (ModuleTiming? Timing, Exception? Failure)[modules.Count];
            if (phase == Phase.Read)
            {
                Parallel.For(0, modules.Count, i => outcomes[i] = Run(modules[i], phase, state, clock, process));
            }
            else
            {
                for (var i = 0; i < modules.Count && (i == 0 || outcomes[i - 1].Failure is null); i++)
                {
                    outcomes[i] = Run(modules[i], phase, state, clock, process);
                }
            }

            foreach (var (timing, module) in outcomes.Select((o, i) => (o.Timing, modules[i])).Where(x => x.Timing is not null))
            {
                timings.Add(timing!);
                if (module is ArticleTrees stage)
                {
                    timings.AddRange(stage.Split(timing!));
                }
            }

            if (outcomes.Select((o, i) => (o.Failure, Module: modules[i])).FirstOrDefault(o => o.Failure is not null) is ({ } failure, var failed))
            {
                // A module must report content problems as diagnostics; reaching here is a bug in the
                // engine. Say so plainly, without a stack trace, and write nothing.
                var inner = failure is AggregateException agg ? agg.Flatten().InnerExceptions[0] : failure;
                state.Diagnostics.Error(state.DisplayPath(Path.GetFullPath(options.InputDirectory)), 0, 0, DiagnosticCodes.InternalError,
                    $"{phase}/{failed.GetType().Name} stopped unexpectedly ({inner.GetType().Name}: {inner.Message}). Nothing was written. Please report this with the input that causes it.");
                return Finish(state, clock, written: false);
            }

            if (state.Diagnostics.HasErrors)
            {
                return Finish(state, clock, written: false) with { Timings = timings };
            }
        }

        return Finish(state, clock, written: write) with { Timings = timings };
    }

    /// <summary>Runs one module, timing it; an exception it throws is returned, not raised.</summary>
    private static (ModuleTiming? Timing, Exception? Failure) Run(IModule module, Phase phase, BuildState state, Stopwatch clock, Process process)
    {
        try
        {
            var started = clock.Elapsed;
            var cpu = ProcessorTime(process);
            var paused = GC.GetTotalPauseDuration();
            module.Execute(state.For(module));
            return (new ModuleTiming($"{phase}/{module.GetType().Name}", clock.Elapsed - started, ProcessorTime(process) - cpu, GC.GetTotalPauseDuration() - paused), null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return (null, ex);
        }
    }

    private static TimeSpan ProcessorTime(Process process)
    {
        lock (process)
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    private static BuildResult Finish(BuildState state, Stopwatch clock, bool written)
    {
        if (!written)
        {
            state.Staged?.Delete();
        }

        var pages = state.Pages.Count(p => p.IsFinished);
        var files = written ? pages + state.Outputs.Count : 0;
        return new BuildResult(state.Diagnostics.Sorted(), pages, files, clock.Elapsed, state);
    }
}
