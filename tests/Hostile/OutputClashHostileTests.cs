using AppealHandbook.Tests.TestKit;
using static AppealHandbook.Tests.Hostile.HostileKit;

namespace AppealHandbook.Tests.Hostile;

/// <summary>
/// A file under <c>input/</c> never silently replaces a file the build generates, and never
/// makes the write fail with a message that names neither: every clash is AH006 on the input
/// file, naming the generated path it clashes with.
/// </summary>
[Trait(Category.Name, Category.Hostile)]
public class OutputClashHostileTests
{
    [Theory]
    [InlineData("input/sitemap.xml", "/sitemap.xml")]
    [InlineData("input/robots.txt", "/robots.txt")]
    [InlineData("input/404.html", "/404.html")]
    [InlineData("input/index.html", "/index.html")]
    [InlineData("input/en/feed.xml", "/en/feed.xml")]
    [InlineData("input/search/en/meta.json", "/search/en/meta.json")]
    [InlineData("input/en/late-shipment-rate/index.html", "input/en/late-shipment-rate.md")]
    [InlineData("input/zh/index.html", "/zh/index.html")]
    [InlineData("input/en/search/index.html", "/en/search/index.html")]
    public void A_static_file_at_a_generated_path_is_AH006_naming_both(string file, string generated)
    {
        using var s = Scenario.Run(site => WriteText(site, file, "<p>replaced</p>"));

        var error = s.ExpectError("AH006", file);
        Assert.Contains(generated, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("input/sitemap.xml/a.png", "/sitemap.xml")]
    [InlineData("input/en/feed.xml/x.txt", "/en/feed.xml")]
    [InlineData("input/robots.txt/deep/x.txt", "/robots.txt")]
    public void A_static_file_inside_a_folder_named_like_a_generated_file_is_AH006(string file, string generated)
    {
        using var s = Scenario.Run(site => WriteText(site, file, "x"));

        var error = s.ExpectError("AH006", file);
        Assert.Contains(generated, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("input/en/late-shipment-rate", "input/en/late-shipment-rate.md")]
    [InlineData("input/search", "/search/")]
    [InlineData("input/en/types", "/en/types/")]
    public void A_static_file_where_the_build_needs_a_folder_is_AH006(string file, string generated)
    {
        using var s = Scenario.Run(site => WriteText(site, file, "x"));

        var error = s.ExpectError("AH006", file);
        Assert.Contains(generated, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_clash_is_reported_at_once()
    {
        using var s = Scenario.Run(site =>
        {
            WriteText(site, "input/sitemap.xml", "x");
            WriteText(site, "input/robots.txt", "x");
        });

        s.ExpectError("AH006", "input/sitemap.xml");
        s.ExpectError("AH006", "input/robots.txt");
    }

    [Fact]
    public void A_static_file_beside_generated_ones_is_still_published()
    {
        using var s = Scenario.Run(site =>
        {
            WriteText(site, "input/en/late-shipment-rate/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
            WriteText(site, "input/sitemap-extra.xml", "<urlset/>");
        });

        s.ExpectSuccess();
        Assert.True(File.Exists(Path.Combine(s.Site.Output, "en", "late-shipment-rate", "chart.svg")));
        Assert.True(File.Exists(Path.Combine(s.Site.Output, "sitemap-extra.xml")));
    }
}
