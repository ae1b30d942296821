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
}
