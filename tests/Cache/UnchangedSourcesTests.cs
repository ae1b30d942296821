using System.Text;
using AppealHandbook.Content;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Cache;

/// <summary>
/// A build with the cache reads only the articles whose length or write time changed since the
/// last build, and never trusts the stamp of a file written too close to a build: an edit made in
/// the same instant, of the same length, is still seen.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public class UnchangedSourcesTests
{
    private const string Vtr = "input/en/valid-tracking-rate.md";

    [Fact]
    public void An_article_with_the_length_and_write_time_the_cache_saw_is_not_read_again()
    {
        using var builds = new CachedBuilds(BuildCacheTests.Files);
        builds.BuildBothAndCompare("first build");
        var page = File.ReadAllBytes(Path.Combine(builds.Site.Output, "en", "valid-tracking-rate", "index.html"));
        // Bytes that are not UTF-8, the same length, the same write time: a read would fail the build.
        var path = Path.Combine(builds.Site.Root, Vtr);
        var written = File.GetLastWriteTimeUtc(path);
        File.WriteAllBytes(path, [.. Enumerable.Repeat((byte)0xFF, (int)new FileInfo(path).Length)]);
        File.SetLastWriteTimeUtc(path, written);

        var result = builds.Cached(ageInputs: false);

        Assert.True(result.Succeeded);
        Assert.Equal(12, result.ReusedPages);
        Assert.Equal(page, File.ReadAllBytes(Path.Combine(builds.Site.Output, "en", "valid-tracking-rate", "index.html")));
        Assert.All(result.State.Get(ContentFacts.Sources), source => Assert.False(source.IsRead, source.Path));
    }

    [Fact]
    public void An_edit_of_the_same_length_and_write_time_just_before_the_build_is_seen()
    {
        using var builds = new CachedBuilds(BuildCacheTests.Files);
        builds.BuildBothAndCompare("first build");
        builds.Site.Edit(Vtr, "Text.", "Text, edited.");
        // Built as written, within a second: the cache keeps no stamp for the edited file.
        Assert.Equal(11, builds.Cached(ageInputs: false).ReusedPages);
        var path = Path.Combine(builds.Site.Root, Vtr);
        var written = File.GetLastWriteTimeUtc(path);
        var text = File.ReadAllText(path, Encoding.UTF8);
        File.WriteAllText(path, text.Replace("Text, edited.", "Text, amends.", StringComparison.Ordinal), new UTF8Encoding(false));
        File.SetLastWriteTimeUtc(path, written);
        Assert.Equal(new FileInfo(path).Length, Encoding.UTF8.GetByteCount(text));

        var result = builds.Cached(ageInputs: false);
        builds.CleanBuild();

        Assert.Equal(11, result.ReusedPages);
        CachedBuilds.AssertSameFiles(builds.Clean, builds.Site.Output, "same length, same write time, just before the build");
        Assert.Contains("Text, amends.", builds.Site.ReadOutput("en/valid-tracking-rate/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_touched_article_is_read_and_its_page_still_reused()
    {
        using var builds = new CachedBuilds(BuildCacheTests.Files);
        builds.BuildBothAndCompare("first build");
        var path = Path.Combine(builds.Site.Root, Vtr);
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddMinutes(-5));

        var result = builds.BuildBothAndCompare("touched");

        Assert.Equal(12, result.ReusedPages);
        // The touched article alone is read; the others are trusted by their stamps.
        Assert.Equal([Vtr], result.State.Get(ContentFacts.Sources).Where(s => s.IsRead).Select(s => s.Path));
    }
}
