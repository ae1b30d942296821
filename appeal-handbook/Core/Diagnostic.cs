namespace AppealHandbook.Core;

/// <summary>
/// One problem found in the input: where it is, what is wrong, and how to fix it.
/// </summary>
/// <remarks>
/// Diagnostics are values, not exceptions: every module adds what it finds to the build's
/// <see cref="DiagnosticBag"/> and carries on, so one run reports every problem at once.
/// <see cref="Path"/> is relative to the repository (for example <c>input/zh/a.md</c>);
/// <see cref="Line"/> and <see cref="Column"/> are 1-based, 0 when unknown.
/// </remarks>
public sealed record Diagnostic(
    string Path,
    int Line,
    int Column,
    Severity Severity,
    string Code,
    string Message)
{
    /// <summary>Formats as <c>path:line:col: error CODE: message</c>, the form editors and CI understand.</summary>
    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        return $"{Path}:{Math.Max(Line, 1)}:{Math.Max(Column, 1)}: {severity} {Code}: {Message}";
    }

    /// <summary>Formats as a GitHub Actions workflow command, which annotates the pull request's diff.</summary>
    public string ToGitHubAnnotation()
    {
        var kind = Severity == Severity.Error ? "error" : "warning";
        var message = $"{Code}: {Message}".Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
        return $"::{kind} file={Path},line={Math.Max(Line, 1)},col={Math.Max(Column, 1)}::{message}";
    }
}
