using AppealHandbook.Output;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Output;

[Trait(Category.Name, Category.Unit)]
public class GenerateFeedsTests
{
    [Fact]
    public void Lists_the_articles_newest_first_dated_by_the_newest()
    {
        // Arrange
        using var site = TestSite.Create(InlineSite.Frame
            + InlineSite.Pair("older", "Old.", "旧。", updated: "2026-01-01")
            + InlineSite.Pair("newer", "New.", "新。", updated: "2026-02-01"));

        // Act
        var feed = site.RunThrough<GenerateFeeds>().State.Outputs.Single(o => o.Path == "en/feed.xml");

        // Assert
        var xml = System.Text.Encoding.UTF8.GetString(feed.Bytes.Span);
        Assert.True(xml.IndexOf("en/newer/", StringComparison.Ordinal) < xml.IndexOf("en/older/", StringComparison.Ordinal));
        Assert.Contains("2026-02-01", xml[..xml.IndexOf("<entry", StringComparison.Ordinal)], StringComparison.Ordinal);
    }
}
