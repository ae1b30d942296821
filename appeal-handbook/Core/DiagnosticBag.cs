using System.Collections.Concurrent;

namespace AppealHandbook.Core;

/// <summary>
/// Collects diagnostics from modules that may run in parallel, and hands them back in a stable order.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentBag<Diagnostic> _items = [];

    /// <summary>Adds one diagnostic.</summary>
    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    /// <summary>Adds an error.</summary>
    public void Error(string path, int line, int column, string code, string message) =>
        Add(new Diagnostic(path, line, column, Severity.Error, code, message));

    /// <summary>Adds a warning.</summary>
    public void Warning(string path, int line, int column, string code, string message) =>
        Add(new Diagnostic(path, line, column, Severity.Warning, code, message));

    /// <summary>True when at least one error was reported.</summary>
    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>Every diagnostic, sorted by file, line, column and code so output is deterministic.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. _items.Distinct()
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)];
}
