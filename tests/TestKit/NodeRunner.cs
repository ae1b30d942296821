using System.Diagnostics;

namespace AppealHandbook.Tests.TestKit;

/// <summary>
/// Runs a JavaScript snippet with Node.js, so the browser client's pure functions (the search
/// tokenizer and ranking in search.js) are tested against the index the C# side wrote.
/// </summary>
public static class NodeRunner
{
    /// <summary>Runs <paramref name="script"/> and returns its standard output; fails the test on a non-zero exit.</summary>
    public static string Run(string script)
    {
        var file = Path.Combine(Path.GetTempPath(), $"handbook-{Guid.NewGuid():N}.js");
        File.WriteAllText(file, script);
        try
        {
            var start = new ProcessStartInfo("node", [file])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start: install Node.js (apt-get install -y nodejs).");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(60_000), "node timed out");
            Assert.True(process.ExitCode == 0, "node failed: " + error.Result);
            return output.Result;
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The path of the theme's search.js, as a JavaScript string literal.</summary>
    public static string SearchJs => System.Text.Json.JsonSerializer.Serialize(Path.Combine(Repository.Theme, "assets", "search.js"));
}
