using AppealHandbook.Core;
using AppealHandbook.Content;
using AppealHandbook.Data;
using AppealHandbook.Pipeline;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Content;

[Trait(Category.Name, Category.Unit)]
public class ArticleTemplateTests
{
    [Fact]
    public void A_new_pair_has_every_required_section_and_passes_every_check()
    {
        // Arrange: read the fixture's data the way `new` does.
        using var site = TestSite.Create(SiteFixtures.Valid);
        var state = new BuildState(site.Options());
        new ReadSiteData().Execute(state);
        var type = state.Get(DataFacts.SiteData).FindType("metrics")!;

        // Act
        foreach (var lang in Language.All)
        {
            File.WriteAllText(Path.Combine(site.Input, lang, "cancel-rate.md"),
                ArticleTemplate.Create("cancel-rate", type, lang, state.Get(DataFacts.SiteData).Structure, new DateOnly(2026, 2, 1)));
        }

        var result = site.Build();

        // Assert
        var page = result.State.Pages.Single(p => p.Key == "cancel-rate" && p.Lang == "zh");
        Assert.Equal(["overview", "causes"], page.Headings.Select(h => h.Id).ToArray());
        Assert.Equal("## 概述 {#overview}", File.ReadAllLines(Path.Combine(site.Input, "zh", "cancel-rate.md")).First(l => l.StartsWith("## ", StringComparison.Ordinal)));
    }
}
