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

    /// <summary>True when no error was reported.</summary>
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);

    /// <summary>Number of errors.</summary>
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>Number of warnings.</summary>
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
