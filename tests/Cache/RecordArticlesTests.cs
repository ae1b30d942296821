using AppealHandbook.Cache;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Cache;

/// <summary>After a build with the cache, the cache holds every article, in source order, with what reusing its page needs.</summary>
[Trait(Category.Name, Category.Unit)]
public class RecordArticlesTests
{
    [Fact]
    public void Every_article_is_recorded_with_its_links_evidence_items_and_search_postings()
    {
        using var builds = new CachedBuilds(BuildCacheTests.Files);
        builds.BuildBothAndCompare("first build");

        var contents = CacheFile.Read(Path.Combine(builds.Cache, CacheFile.Name));

        Assert.Equal(12, contents.Articles.Length);
        Assert.Equal(contents.Articles.Select(a => a.Path).Order(StringComparer.Ordinal), contents.Articles.Select(a => a.Path));
        var vtr = Assert.Single(contents.Articles, a => a.Path == "input/en/valid-tracking-rate.md");
        Assert.Equal(2, vtr.EvidenceItems);
        Assert.Contains(vtr.Links, l => l.Url == "xref:order-defect-rate" && l.Href is not null);
        var tokens = new List<string>();
        foreach (var posting in vtr.Postings!)
        {
            tokens.Add(contents.SearchTokens[posting.Token]);
        }

        Assert.Equal(vtr.Postings!.Count, tokens.Count);
        Assert.Contains(tokens, t => t.StartsWith("invoic", StringComparison.Ordinal));
        Assert.Equal(["en", "zh"], contents.SearchShards.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Valid tracking rate", vtr.FrontMatter.Title);
        Assert.Equal(contents.OutputFiles.Count, Directory.EnumerateFiles(builds.Site.Output, "*", SearchOption.AllDirectories).Count());
    }
}
