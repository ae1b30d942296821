using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Cli;

/// <summary><c>--timings</c>: a row per module (and per step of the article stage), for <c>build</c> and for <c>check</c> (whose link check only <c>check</c> runs).</summary>
[Trait(Category.Name, Category.Cli)]
public class TimingsTests
{
    [Theory]
    [InlineData("build", "PostProcess/ApplyLayouts")]
    [InlineData("build", "PostProcess/ArticleTrees/RenderMarkdown")]
    [InlineData("check", "PostProcess/CheckLinks")]
    public void Timings_print_a_row_for_each_module_the_command_runs(string command, string module)
    {
        // Arrange
        using var site = TestSite.Create(SiteFixtures.Valid);

        // Act
        var run = CliRunner.Execute(TimeSpan.FromSeconds(60), command, "--input", site.Input, "--output", site.Output, "--timings");

        // Assert
        Assert.True(run.ExitCode == 0, run.All);
        var rows = run.Output.Split('\n').Select(l => l.Trim()).ToList();
        Assert.Contains(rows, r => r.StartsWith("wall ms", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.EndsWith("  " + module, StringComparison.Ordinal) && char.IsDigit(r[0]));
        Assert.Contains(rows, r => r.Contains("paused for garbage collection", StringComparison.Ordinal));
    }
}
