using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Cli;

/// <summary><c>build</c> keeps its cache in <c>.build-cache/</c> beside the input; <c>--no-cache</c> neither reads nor writes it, and <c>check</c> does not use it.</summary>
[Trait(Category.Name, Category.Cli)]
public class NoCacheTests
{
    [Fact]
    public void Build_keeps_a_cache_and_no_cache_leaves_it_alone()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);
        var cache = Path.Combine(site.Root, ".build-cache");

        var without = CliRunner.Execute(TimeSpan.FromSeconds(120), "build", "--no-cache", "--input", site.Input, "--output", site.Output);
        Assert.Equal(0, without.ExitCode);
        Assert.False(Directory.Exists(cache), "--no-cache made a cache");

        var with = CliRunner.Execute(TimeSpan.FromSeconds(120), "build", "--input", site.Input, "--output", site.Output);
        Assert.Equal(0, with.ExitCode);
        Assert.True(File.Exists(Path.Combine(cache, "build.cache")), "build made no cache");

        var saved = File.GetLastWriteTimeUtc(Path.Combine(cache, "build.cache"));
        var again = CliRunner.Execute(TimeSpan.FromSeconds(120), "build", "--no-cache", "--input", site.Input, "--output", site.Output);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(saved, File.GetLastWriteTimeUtc(Path.Combine(cache, "build.cache")));

        // The cache knows the output no longer is the one it recorded.
        var next = CliRunner.Execute(TimeSpan.FromSeconds(120), "build", "--input", site.Input, "--output", site.Output);
        Assert.Equal(0, next.ExitCode);
        Assert.Contains("changed since the last build; it is built again in full", next.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_does_not_use_the_cache()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);
        var run = CliRunner.Execute(TimeSpan.FromSeconds(120), "check", "--input", site.Input, "--output", site.Output);
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".build-cache")), "check made a cache");
        Assert.DoesNotContain("note:", run.All, StringComparison.Ordinal);
    }
}
