using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Linking;

[Trait(Category.Name, Category.Unit)]
public class GlossaryLinkTests
{
    [Fact]
    public void The_first_mention_of_a_term_links_to_the_glossary_with_an_accessible_definition()
    {
        // Arrange: the body mentions ODR twice, and once inside a heading.
        using var site = TestSite.Create(SiteFixtures.Valid);
        site.Edit("input/en/late-shipment-rate.md", "Text.", "A high ODR hurts. The ODR again.");

        // Act
        site.Build();

        // Assert
        var html = site.Html("en/late-shipment-rate/index.html");
        var link = Assert.Single(html.QuerySelectorAll("a.glossary-link"));
        Assert.Equal("../../en/glossary/#term-odr", link.GetAttribute("href"));
        Assert.Equal("ODR", link.TextContent);
        var tip = html.GetElementById(link.GetAttribute("aria-describedby")!)!;
        Assert.Equal("tooltip", tip.GetAttribute("role"));
        Assert.Equal("The share of orders with a defect.", tip.TextContent);
        Assert.NotNull(site.Html("en/glossary/index.html").GetElementById("term-odr"));
    }
}
