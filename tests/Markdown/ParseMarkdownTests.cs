using AppealHandbook.Core;
using AppealHandbook.Markdown;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Markdown;

[Trait(Category.Name, Category.Unit)]
public class ParseMarkdownTests
{
    [Fact]
    public void Records_the_headings_and_links_of_each_article()
    {
        // Arrange
        using var site = TestSite.Create(InlineSite.Frame + InlineSite.Pair("a",
            en: "## Causes {#causes}\n\nSee [B](xref:b) and ![chart](../images/c.png).",
            zh: "## 原因 {#causes}\n\n见[乙](xref:b)。") + InlineSite.Pair("b", "B.", "乙。"));

        // Act
        var page = site.RunThrough<ParseMarkdown>().State.Pages.Single(p => p.Url == "en/a/");

        // Assert
        var heading = Assert.Single(page.Headings);
        Assert.Equal((2, "causes", "Causes"), (heading.Level, heading.Id, heading.Text));
        Assert.Equal(["xref:b", "../images/c.png"], page.Links.Select(l => l.Url));
        Assert.True(page.Links[1].IsImage && page.Links[1].HasAlt);
        Assert.NotNull(page.Markdown);
    }

    [Fact]
    public void Raw_html_and_script_urls_are_errors()
    {
        using var site = TestSite.Create(InlineSite.Frame + InlineSite.Pair("a", en: "A <b>bold</b> [x](javascript:alert(1)).", zh: "甲。"));

        var result = site.RunThrough<ParseMarkdown>();

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.RawHtml && d.Path == "input/en/a.md");
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeUrl && d.Path == "input/en/a.md");
    }
}
