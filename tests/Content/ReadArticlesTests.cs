using AppealHandbook.Content;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Content;

[Trait(Category.Name, Category.Unit)]
public class ReadArticlesTests
{
    [Fact]
    public void Reads_the_articles_in_path_order_and_lists_the_static_files()
    {
        // Arrange
        using var site = TestSite.Create(InlineSite.Frame + InlineSite.Pair("b", "B.", "乙。") + InlineSite.Pair("a", "A.", "甲。") + """
            -- input/images/chart.png --
            not really a png
            -- input/.hidden/notes.txt --
            private
            """);

        // Act
        var state = site.RunThrough<ReadArticles>().State;

        // Assert
        Assert.Equal(["input/en/a.md", "input/en/b.md", "input/zh/a.md", "input/zh/b.md"], state.Get(ContentFacts.Sources).Select(s => s.Path));
        var statics = state.Get(ContentFacts.StaticFiles).Keys.ToList();
        Assert.Contains("images/chart.png", statics);
        Assert.DoesNotContain(statics, p => p.StartsWith(".hidden", StringComparison.Ordinal) || p.StartsWith("_data", StringComparison.Ordinal) || p.EndsWith(".md", StringComparison.Ordinal));
    }
}
