using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Cli;

[Trait(Category.Name, Category.Cli)]
public class NewCommandTests
{
    [Theory]
    [InlineData("con")]
    [InlineData("search")]
    [InlineData("Bad_Key")]
    public void New_refuses_every_key_the_build_rejects_and_writes_nothing(string key)
    {
        // Arrange
        using var site = TestSite.Create(SiteFixtures.Valid);

        // Act
        var run = CliRunner.Execute(TimeSpan.FromSeconds(60), "new", key, "--type", "metrics", "--input", site.Input);

        // Assert
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("cannot be a key", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.Input, "en", key + ".md")));
        Assert.False(File.Exists(Path.Combine(site.Input, "zh", key + ".md")));
    }

    [Fact]
    public void New_writes_a_pair_the_build_accepts()
    {
        // Arrange
        using var site = TestSite.Create(SiteFixtures.Valid);

        // Act
        var run = CliRunner.Execute(TimeSpan.FromSeconds(60), "new", "cancel-rate", "--type", "metrics", "--input", site.Input);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Input, "en", "cancel-rate.md")));
        Assert.True(File.Exists(Path.Combine(site.Input, "zh", "cancel-rate.md")));
        var build = site.BuildWithDiagnostics();
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
    }
}
