using AppealHandbook.Layout;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Layout;

[Trait(Category.Name, Category.Unit)]
public class ApplyLayoutsTests
{
    [Fact]
    public void Lays_out_every_page_and_lets_go_of_the_bodies()
    {
        // Arrange
        using var site = TestSite.Create(InlineSite.Frame + InlineSite.Pair("a", en: "The body text.", zh: "正文。"));

        // Act
        var pages = site.RunThrough<ApplyLayouts>().State.Pages;

        // Assert
        Assert.All(pages, p => Assert.NotNull(p.HtmlUtf8));
        Assert.All(pages, p => Assert.Null(p.BodyHtml));
        var article = pages.Single(p => p.Url == "en/a/").Html!;
        Assert.Contains("<html lang=\"en\"", article, StringComparison.Ordinal);
        Assert.Contains("The body text.", article, StringComparison.Ordinal);
        Assert.Contains(">A</h1>", article, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"zh-Hans\"", article, StringComparison.Ordinal);
    }

    [Fact]
    public void The_layout_is_written_where_base_places_it_and_is_text_to_any_other_filter()
    {
        // Arrange: a base that places the layout's content, then measures it and changes its case.
        using var site = TestSite.Create(InlineSite.Frame + InlineSite.Pair("a", en: "The body text.", zh: "正文。") + """
            -- input/layouts/base.liquid --
            <html lang="{{ page.htmlLang }}"><body><main>{{ content | raw }}</main><p id="size">{{ content | size }}</p><div id="upper">{{ content | upcase }}</div></body></html>
            """);

        // Act
        var html = site.RunThrough<ApplyLayouts>().State.Pages.Single(p => p.Url == "en/a/").Html!;

        // Assert
        var main = html[(html.IndexOf("<main>", StringComparison.Ordinal) + "<main>".Length)..html.IndexOf("</main>", StringComparison.Ordinal)];
        Assert.Contains("The body text.", main, StringComparison.Ordinal);
        Assert.Contains($"<p id=\"size\">{main.Length}</p>", html[html.IndexOf("</main>", StringComparison.Ordinal)..html.IndexOf("<div id", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("THE BODY TEXT.", html[html.IndexOf("<div id=\"upper\">", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }
}
