using AppealHandbook.Search;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Search;

[Trait(Category.Name, Category.Unit)]
public class ExtractSearchTextTests
{
    [Fact]
    public void Takes_the_text_by_section_with_the_lead_in_the_first()
    {
        // Arrange
        using var site = TestSite.Create(InlineSite.Frame + InlineSite.Pair("a",
            en: "Lead text.\n\n## Causes {#causes}\n\nLate shipments.\n\n### Carriers {#carriers}\n\n- Slow carriers",
            zh: "甲。"));

        // Act
        var sections = site.RunThrough<ExtractSearchText>().State.Pages.Single(p => p.Url == "en/a/").TextSections;

        // Assert
        Assert.Equal(["causes", "carriers"], sections.Select(s => s.Id));
        Assert.Equal(["Causes", "Carriers"], sections.Select(s => s.Heading));
        Assert.Contains("Lead text.", sections[0].Text, StringComparison.Ordinal);
        Assert.Contains("Late shipments.", sections[0].Text, StringComparison.Ordinal);
        Assert.Contains("Slow carriers", sections[1].Text, StringComparison.Ordinal);
    }
}
