using AppealHandbook.Linking;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Linking;

[Trait(Category.Name, Category.Unit)]
public class IndexSiteTests
{
    [Fact]
    public void Indexes_navigation_by_type_sections_and_backlinks()
    {
        // Arrange: b links to a in both languages.
        using var site = TestSite.Create(InlineSite.Frame
            + InlineSite.Pair("a", en: "## Causes {#causes}\n\nA.", zh: "## 原因 {#causes}\n\n甲。")
            + InlineSite.Pair("b", en: "See [A](xref:a).", zh: "见[甲](xref:a)。"));

        // Act
        var index = site.RunThrough<IndexSite>().State.Get(LinkingFacts.Index);

        // Assert
        Assert.Equal(["a", "b"], index.Navigation("en").Single(g => g.Type.Id == "metrics").Articles.Select(a => a.Key));
        Assert.Equal(["b"], index.Backlinks("en", "a").ToArray());
        Assert.Empty(index.Backlinks("en", "b"));
        Assert.True(index.HasSection("zh", "a", "causes"));
        Assert.Equal("zh/a/", index.Find("zh", "a")!.Url);
    }
}
