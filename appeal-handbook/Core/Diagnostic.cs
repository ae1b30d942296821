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
        return $"{Visible(Path)}:{Math.Max(Line, 1)}:{Math.Max(Column, 1)}: {severity} {Code}: {Visible(Message)}";
    }

    /// <summary>
    /// <paramref name="text"/> with line breaks and other control characters written as escapes
    /// (<c>\n</c>, <c>\u001b</c>): a file name may hold them, and one diagnostic must stay one line
    /// that editors and CI can parse (and that cannot move the terminal's cursor).
    /// </summary>
    public static string Visible(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>Formats as a GitHub Actions workflow command, which annotates the pull request's diff.</summary>
    public string ToGitHubAnnotation()
    {
        var kind = Severity == Severity.Error ? "error" : "warning";
        var message = $"{Code}: {Message}".Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
        // Property values escape ',' and ':' as well (GitHub's workflow-command rules).
        var file = Path.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").Replace(":", "%3A").Replace(",", "%2C");
        return $"::{kind} file={file},line={Math.Max(Line, 1)},col={Math.Max(Column, 1)}::{message}";
    }
}
