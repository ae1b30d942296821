using AppealHandbook.Core;
using AppealHandbook.Pipeline;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Cli;

/// <summary>
/// <c>new</c> and the build apply one key rule: <c>new</c> refuses every key the build would
/// reject (Windows device names included), and every key it accepts builds without a key error.
/// </summary>
[Trait(Category.Name, Category.Cli)]
public class NewKeyRuleTests
{
    [Theory]
    [InlineData("con")]
    [InlineData("nul")]
    [InlineData("prn")]
    [InlineData("aux")]
    [InlineData("com1")]
    [InlineData("com9")]
    [InlineData("lpt1")]
    [InlineData("lpt9")]
    [InlineData("search")]
    public void New_refuses_a_key_the_build_rejects_and_writes_nothing(string key)
    {
        using var site = TestSite.Create(SiteFixtures.Valid);

        var run = CliRunner.Execute(TimeSpan.FromSeconds(60), "new", key, "--type", "metrics", "--input", site.Input);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot be a key", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.All, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.Input, "zh", key + ".md")));
        Assert.False(File.Exists(Path.Combine(site.Input, "en", key + ".md")));
    }

    [Theory]
    [InlineData("con-tracts")]
    [InlineData("console")]
    [InlineData("com10")]
    [InlineData("lpt")]
    [InlineData("nul-1")]
    public void A_key_new_accepts_builds_without_a_key_error(string key)
    {
        using var site = TestSite.Create(SiteFixtures.Valid);

        var run = CliRunner.Execute(TimeSpan.FromSeconds(60), "new", key, "--type", "metrics", "--input", site.Input);
        var result = SiteBuilder.Build(site.Options(), write: false);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.BadKey);
    }
}
