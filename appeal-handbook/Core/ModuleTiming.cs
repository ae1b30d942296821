namespace AppealHandbook.Core;

/// <summary>How long one module of a build took.</summary>
/// <param name="Module">Phase and module name, such as <c>Process/ParseMarkdown</c>.</param>
/// <param name="Elapsed">Wall time.</param>
/// <param name="Cpu">CPU time of the whole process meanwhile (every thread, user and system): Cpu / Elapsed is how many cores the module kept busy.</param>
/// <param name="GcPause">Time the garbage collector held every thread meanwhile: part of <paramref name="Elapsed"/>, and the part that more cores cannot shorten.</param>
public sealed record ModuleTiming(string Module, TimeSpan Elapsed, TimeSpan Cpu, TimeSpan GcPause);
