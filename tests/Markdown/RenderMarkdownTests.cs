using AppealHandbook.Markdown;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Markdown;

[Trait(Category.Name, Category.Unit)]
public class RenderMarkdownTests
{
    [Fact]
    public void Renders_the_body_with_resolved_links_and_lets_go_of_the_tree()
    {
        // Arrange
        using var site = TestSite.Create(InlineSite.Frame
            + InlineSite.Pair("a", en: "**Bold** and [B](xref:b#causes), ODR.", zh: "甲。")
            + InlineSite.Pair("b", en: "## Causes {#causes}\n\nB.", zh: "乙。"));

        // Act
        var page = site.RunThrough<RenderMarkdown>().State.Pages.Single(p => p.Url == "en/a/");

        // Assert
        Assert.Null(page.Markdown);
        Assert.Contains("<strong>Bold</strong>", page.BodyHtml, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../../en/b/#causes\">B</a>", page.BodyHtml, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../../en/glossary/#term-odr\" class=\"glossary-link\" aria-describedby=\"tip-odr\">ODR</a><span class=\"glossary-tip\" role=\"tooltip\" id=\"tip-odr\">The share of orders with a defect.</span>", page.BodyHtml, StringComparison.Ordinal);
    }
}
