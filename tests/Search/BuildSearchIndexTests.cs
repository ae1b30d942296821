using AppealHandbook.Search;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Search;

[Trait(Category.Name, Category.Unit)]
public class BuildSearchIndexTests
{
    [Fact]
    public void Writes_an_index_per_language_and_lets_go_of_the_text()
    {
        // Arrange
        using var site = TestSite.Create(InlineSite.Frame + InlineSite.Pair("late-shipment", en: "## Causes {#causes}\n\nCarriers.", zh: "## 原因 {#causes}\n\n承运人。"));

        // Act
        var state = site.RunThrough<BuildSearchIndex>().State;

        // Assert
        var outputs = state.Outputs.Select(o => o.Path).ToList();
        Assert.Contains("search/en/meta.json", outputs);
        Assert.Contains("search/zh/meta.json", outputs);
        Assert.Contains(outputs, p => p.StartsWith("search/en/s/", StringComparison.Ordinal));
        var documents = string.Join("\n", state.Outputs.Where(o => o.Path.StartsWith("search/en/", StringComparison.Ordinal)).Select(o => System.Text.Encoding.UTF8.GetString(o.Bytes.Span)));
        Assert.Contains("LATE-SHIPMENT", documents, StringComparison.Ordinal);
        Assert.All(state.Pages, p => Assert.True(p.TextSections.IsDefaultOrEmpty));
    }
}
