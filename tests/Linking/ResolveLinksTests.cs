using AppealHandbook.Core;
using AppealHandbook.Linking;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Linking;

[Trait(Category.Name, Category.Unit)]
public class ResolveLinksTests
{
    [Fact]
    public void An_xref_resolves_to_the_same_language_page_relative_to_the_page()
    {
        // Arrange
        using var site = TestSite.Create(InlineSite.Frame
            + InlineSite.Pair("a", en: "See [B](xref:b#causes).", zh: "见[乙](xref:b)。")
            + InlineSite.Pair("b", en: "## Causes {#causes}\n\nB.", zh: "## 原因 {#causes}\n\n乙。"));

        // Act
        var pages = site.RunThrough<ResolveLinks>().State.Pages;

        // Assert
        Assert.Equal("en/b/#causes", Assert.Single(pages.Single(p => p.Url == "en/a/").Links).Target);
        Assert.Equal("zh/b/", Assert.Single(pages.Single(p => p.Url == "zh/a/").Links).Target);
    }

    [Fact]
    public void An_unknown_key_or_section_is_an_error_on_the_link()
    {
        using var site = TestSite.Create(InlineSite.Frame
            + InlineSite.Pair("a", en: "See [nothing](xref:nothing).", zh: "见[乙](xref:b#none)。")
            + InlineSite.Pair("b", "B.", "乙。"));

        var result = site.RunThrough<ResolveLinks>();

        Assert.Equal("input/en/a.md", TestSite.Single(result, DiagnosticCodes.UnknownXref).Path);
        Assert.Equal("input/zh/a.md", TestSite.Single(result, DiagnosticCodes.UnknownXrefSection).Path);
    }
}
