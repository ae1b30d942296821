using System.Text.RegularExpressions;
using AppealHandbook.Core;
using AppealHandbook.Pipeline;

namespace AppealHandbook.Tests.Hostile;

/// <summary>Assertions on diagnostics: a clear error names its code, file and line and says how to fix it.</summary>
public static partial class HostileKit
{
    /// <summary>Words with which a message tells the contributor what to do.</summary>
    [GeneratedRegex(@"\b(use|save|add|replace|remove|choose|give|put|set|rename|split|check|link|quote|fix|write|describe|start|keep|follow|restore|delete|create|move|update|reorder|make|please|run|must|should|instead|e\.g\.|for example|at most|limit|retype|flatten|shorten)(\b|\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex FixWords();

    /// <summary>
    /// Fails unless <paramref name="diagnostic"/> is a clear error: a code, the expected file, a
    /// line when one is expected, and a message of reasonable length that says how to fix it.
    /// </summary>
    public static void AssertClear(Diagnostic diagnostic, string path, int? line = null)
    {
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(path, diagnostic.Path);
        if (line is { } expected)
        {
            Assert.True(expected == diagnostic.Line, $"{diagnostic.Code} should be on line {expected}: {diagnostic}");
        }

        Assert.True(diagnostic.Message.Length is > 15 and <= 1000, $"The message should be a sentence, not empty and not an echo of a huge value ({diagnostic.Message.Length} characters): {Shorten(diagnostic.Message)}");
        Assert.True(FixWords().IsMatch(diagnostic.Message), "The message should say how to fix it: " + diagnostic);
        Assert.DoesNotContain("   at ", diagnostic.Message, StringComparison.Ordinal); // no stack trace
    }

    /// <summary>The one diagnostic with <paramref name="code"/> on <paramref name="path"/>, checked with <see cref="AssertClear"/>.</summary>
    public static Diagnostic Expect(BuildResult result, string code, string path, int? line = null)
    {
        Assert.False(result.Succeeded, $"Expected {code} on {path}, but the build succeeded:\n{Describe(result)}");
        var found = result.Diagnostics.Where(d => d.Code == code && d.Path == path && d.Severity == Severity.Error).ToList();
        Assert.True(found.Count >= 1, $"Expected {code} on {path}, got:\n{Describe(result)}");
        var diagnostic = line is null ? found[0] : found.FirstOrDefault(d => d.Line == line) ?? found[0];
        AssertClear(diagnostic, path, line);
        return diagnostic;
    }

    /// <summary>Fails when the engine reported an internal error (a crash turned into a message).</summary>
    public static void AssertNoInternalError(BuildResult result)
    {
        var internalErrors = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.InternalError).ToList();
        Assert.True(internalErrors.Count == 0, "The engine crashed (AH999) instead of reporting the input's problem:\n" + string.Join("\n", internalErrors));
    }

    /// <summary>The diagnostics, one a line, shortened for test output.</summary>
    public static string Describe(BuildResult result) =>
        result.Diagnostics.Count == 0 ? "(no diagnostics)" : string.Join("\n", result.Diagnostics.Take(20).Select(d => Shorten(d.ToString(), 400)));

    /// <summary>Keeps huge values out of assertion messages.</summary>
    public static string Shorten(string value, int max = 200) => value.Length <= max ? value : value[..max] + $"…({value.Length} chars)";
}
