using AppealHandbook.Output;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Cache;

/// <summary>The sitemap is kept from the previous build after a prose edit, and made again after a title edit.</summary>
[Trait(Category.Name, Category.Unit)]
public class ReuseSitemapTests
{
    [Theory]
    [InlineData("Text.", "Text, and one more sentence.", true)]
    [InlineData("title: Valid tracking rate", "title: Valid tracking rate (VTR)", false)]
    public void The_sitemap_is_kept_only_when_the_articles_pages_are(string old, string replacement, bool kept)
    {
        using var builds = new CachedBuilds(BuildCacheTests.Files);
        builds.BuildBothAndCompare("first build");
        builds.Site.Edit("input/en/valid-tracking-rate.md", old, replacement);

        var result = builds.BuildBothAndCompare(replacement);

        Assert.Equal(kept, result.State.Outputs.Single(f => f.Path == GenerateSitemap.FileName).Kept);
    }
}
