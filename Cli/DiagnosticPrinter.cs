using AppealHandbook.Core;
using AppealHandbook.Pipeline;

namespace AppealHandbook.Cli;

/// <summary>Prints diagnostics as <c>path:line:col: error CODE: message</c>, and as GitHub annotations on GitHub Actions.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        var github = Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true";
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(diagnostic.ToString());
            if (github)
            {
                writer.WriteLine(diagnostic.ToGitHubAnnotation());
            }
        }
    }

    /// <summary>The one-line summary after a build.</summary>
    /// <param name="result">The build.</param>
    /// <param name="done">What succeeded, e.g. "Built output/".</param>
    /// <param name="failed">What failed, e.g. "Build".</param>
    public static string Summary(BuildResult result, string done, string failed) =>
        result.Succeeded
            ? $"{done}: {result.Pages} pages, {result.Warnings} warning(s), {result.Elapsed.TotalSeconds:0.00} s."
            : $"{failed} failed: {result.Errors} error(s), {result.Warnings} warning(s), {result.Elapsed.TotalSeconds:0.00} s. The previous output was left as it was.";
}
