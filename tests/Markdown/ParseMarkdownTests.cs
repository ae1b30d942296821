using AppealHandbook.Core;
using AppealHandbook.Markdown;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Markdown;

[Trait(Category.Name, Category.Unit)]
public class ParseMarkdownTests
{
    [Fact]
    public void Records_the_headings_links_and_evidence_items_of_each_article()
    {
        // Arrange
        using var site = TestSite.Create(InlineSite.Frame + InlineSite.Pair("a",
            en: "## Causes {#causes}\n\nSee [B](xref:b) and ![chart](../images/c.png).\n\n## Evidence {#evidence}\n\n- [ ] Invoices\n- [ ] Photos\n\n## Next {#next}\n\n- [ ] Not evidence",
            zh: "## 原因 {#causes}\n\n见[乙](xref:b)。") + InlineSite.Pair("b", "B.", "乙。"));

        // Act
        var page = site.RunThrough<ParseMarkdown>().State.Pages.Single(p => p.Url == "en/a/");

        // Assert
        Assert.Equal([(2, "causes", "Causes"), (2, "evidence", "Evidence"), (2, "next", "Next")], page.Headings.Select(h => (h.Level, h.Id, h.Text)));
        Assert.Equal(["xref:b", "../images/c.png"], page.Links.Select(l => l.Url));
        Assert.True(page.Links[1].IsImage && page.Links[1].HasAlt);
        Assert.Equal(2, page.EvidenceItems);
        Assert.True(page.BodyParsed);
        Assert.NotNull(page.Markdown); // a small site keeps its trees for ArticleTrees
    }

    [Fact]
    public void Keeps_no_tree_above_the_size_that_keeps_them()
    {
        using var site = TestSite.Create(InlineSite.Frame + InlineSite.Pair("a", en: "## Causes {#causes}\n\nA.", zh: "## 原因 {#causes}\n\n甲。"));

        var pages = site.RunThrough<ParseMarkdown>(site.Options() with { KeepTreesUpTo = 1 }).State.Pages;

        // Two articles, one more than the option keeps trees for: ArticleTrees parses each again.
        Assert.All(pages, p => Assert.True(p.BodyParsed && p.Markdown is null && p.Headings.Length == 1));
    }

    [Fact]
    public void A_body_beyond_the_limits_is_not_marked_as_parsed()
    {
        using var site = TestSite.Create(InlineSite.Frame + InlineSite.Pair("a", en: new string('>', 200) + " deep", zh: "甲。"));

        var result = site.RunThrough<ParseMarkdown>();

        Assert.Contains(result.Diagnostics, d => d.Path == "input/en/a.md");
        Assert.False(result.State.Pages.Single(p => p.Url == "en/a/").BodyParsed);
        Assert.True(result.State.Pages.Single(p => p.Url == "zh/a/").BodyParsed);
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
