using AppealHandbook.Linking;
using AppealHandbook.Markdown.Extensions.GlossaryLinks;
using AppealHandbook.Tests.TestKit;
using Markdig.Syntax;

namespace AppealHandbook.Tests.Linking;

[Trait(Category.Name, Category.Unit)]
public class LinkGlossaryTermsTests
{
    [Fact]
    public void Links_the_first_mention_of_a_term_with_a_node_of_its_own()
    {
        // Arrange
        using var site = TestSite.Create(InlineSite.Frame + InlineSite.Pair("a",
            en: "Your ODR is high.\n\nThe ODR again.",
            zh: "你的订单缺陷率太高。"));

        // Act
        var pages = site.RunThrough<LinkGlossaryTerms>().State.Pages;

        // Assert
        var link = Assert.Single(pages.Single(p => p.Url == "en/a/").Markdown!.Descendants<GlossaryLinkInline>());
        Assert.Equal("../../en/glossary/#term-odr", link.Url);
        Assert.Equal("tip-odr", link.TipId);
        Assert.Equal("The share of orders with a defect.", link.Definition);
        Assert.Single(pages.Single(p => p.Url == "zh/a/").Markdown!.Descendants<GlossaryLinkInline>());
    }
}
