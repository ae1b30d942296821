using AppealHandbook.Core;

namespace AppealHandbook.Pipeline;

/// <summary>What a build did.</summary>
/// <param name="Diagnostics">Every problem, sorted.</param>
/// <param name="Pages">Number of HTML pages.</param>
/// <param name="Files">Number of files written (pages included), 0 when nothing was written.</param>
/// <param name="Elapsed">Wall time.</param>
/// <param name="State">The final state, for tests and the search index report.</param>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int Pages, int Files, TimeSpan Elapsed, BuildState State)
{
    /// <summary>Wall and CPU time of each module, in the order they ran (for <c>--timings</c> and the benchmark).</summary>
    public IReadOnlyList<ModuleTiming> Timings { get; init; } = [];

    /// <summary>
    /// One-line notes about how the build ran that are not about the input (the build cache could
    /// not be used, and why); diagnostics are the same with or without them.
    /// </summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>How many article pages a build with the cache reused from the previous build (0 without one).</summary>
    public int ReusedPages { get; init; }

    /// <summary>True when no error was reported.</summary>
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);

    /// <summary>Number of errors.</summary>
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>Number of warnings.</summary>
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
