using System.Xml.Linq;
using AppealHandbook.Output;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Output;

[Trait(Category.Name, Category.Unit)]
public class GenerateSitemapTests
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Fact]
    public void Lists_the_pages_with_their_language_alternates_but_not_search()
    {
        // Arrange
        using var site = TestSite.Create(InlineSite.Frame + InlineSite.Pair("a", "A.", "甲。", updated: "2026-02-03"));

        // Act
        var sitemap = site.RunThrough<GenerateSitemap>().State.Outputs.Single(o => o.Path == "sitemap.xml");

        // Assert
        var xml = System.Text.Encoding.UTF8.GetString(sitemap.Bytes.Span);
        Assert.Contains("<loc>https://example.org/en/a/</loc>", xml, StringComparison.Ordinal);
        Assert.Contains("<lastmod>2026-02-03</lastmod>", xml, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"zh-Hans\" href=\"https://example.org/zh/a/\"", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("/search/", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_url_is_plain_ascii_and_chinese_paths_are_percent_encoded()
    {
        // Arrange
        using var site = TestSite.Create(SiteFixtures.Valid);

        // Act
        site.Build();
        var xml = XDocument.Parse(site.ReadOutput("sitemap.xml"));

        // Assert
        var urls = xml.Descendants(Sitemap + "loc").Select(e => e.Value)
            .Concat(xml.Descendants(Xhtml + "link").Select(e => (string)e.Attribute("href")!)).ToList();
        Assert.All(urls, u => Assert.True(u.All(c => c is > ' ' and < (char)127), "not ASCII: " + u));
        Assert.Contains("https://example.org/zh/tags/%E6%8C%87%E6%A0%87/", urls); // 指标
    }

    [Fact]
    public void Every_alternate_set_is_reciprocal()
    {
        // Arrange
        using var site = TestSite.Create(SiteFixtures.Valid);

        // Act
        site.Build();
        var xml = XDocument.Parse(site.ReadOutput("sitemap.xml"));

        // Assert: each URL named as an alternate lists exactly the same set.
        var sets = xml.Descendants(Sitemap + "url").ToDictionary(
            u => u.Element(Sitemap + "loc")!.Value,
            u => u.Elements(Xhtml + "link").Select(l => $"{l.Attribute("hreflang")!.Value} {l.Attribute("href")!.Value}").Order().ToList());
        Assert.Contains(sets, s => s.Value.Count == 3);
        foreach (var (loc, set) in sets.Where(s => s.Value.Count > 0))
        {
            Assert.Contains(set, a => a.EndsWith(" " + loc, StringComparison.Ordinal));
            foreach (var href in set.Select(a => a.Split(' ')[1]).Distinct())
            {
                Assert.True(sets.TryGetValue(href, out var other), $"{loc} names {href}, which the sitemap does not list");
                Assert.Equal(set, other);
            }
        }
    }

    [Fact]
    public void The_homes_share_the_chooser_as_x_default_and_an_article_pair_its_english_page()
    {
        // Arrange
        using var site = TestSite.Create(SiteFixtures.Valid);

        // Act
        site.Build();

        // Assert
        var home = site.Html("zh/index.html").QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(e => e.GetAttribute("hreflang")!, e => e.GetAttribute("href"));
        var chooser = site.Html("index.html").QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(e => e.GetAttribute("hreflang")!, e => e.GetAttribute("href"));
        var article = site.Html("zh/late-shipment-rate/index.html").QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(e => e.GetAttribute("hreflang")!, e => e.GetAttribute("href"));
        Assert.Equal("https://example.org/", home["x-default"]);
        Assert.Equal(chooser, home);
        Assert.Equal("https://example.org/en/late-shipment-rate/", article["x-default"]);
    }
}
