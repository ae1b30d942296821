using AppealHandbook.Checks;
using AppealHandbook.Core;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Checks;

[Trait(Category.Name, Category.Unit)]
public class CheckLinksTests
{
    [Fact]
    public void A_link_to_a_missing_page_is_reported_on_its_markdown_line()
    {
        // Arrange: the second line of the body links to a page that does not exist.
        using var site = TestSite.Create(InlineSite.Frame + InlineSite.LinkedGuides
            + InlineSite.Pair("a", en: "Fine.\n[Gone](/en/gone/) and [A](#top).", zh: "甲。"));

        // Act
        var result = site.RunThrough<CheckLinks>();

        // Assert
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink);
        Assert.Equal("input/en/a.md", error.Path);
        Assert.Equal(File.ReadAllLines(Path.Combine(site.Input, "en", "a.md")).ToList().FindIndex(l => l.Contains("(/en/gone/)", StringComparison.Ordinal)) + 1, error.Line);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenFragment && d.Path == "input/en/a.md");
    }
}
