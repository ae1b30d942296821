using AppealHandbook.Checks;
using AppealHandbook.Core;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Checks;

[Trait(Category.Name, Category.Unit)]
public class CheckStructureTests
{
    [Fact]
    public void A_body_h1_a_skipped_level_and_an_image_without_alt_are_errors()
    {
        // Arrange
        using var site = TestSite.Create(InlineSite.Frame + InlineSite.Pair("a",
            en: "# Second title {#t}\n\n#### Deep {#deep}\n\n![](chart.png)",
            zh: "## 原因 {#causes}\n\n甲。"));

        // Act
        var result = site.RunThrough<CheckStructure>();

        // Assert
        Assert.Equal("input/en/a.md", TestSite.Single(result, DiagnosticCodes.ExtraH1).Path);
        Assert.Equal("input/en/a.md", TestSite.Single(result, DiagnosticCodes.SkippedHeadingLevel).Path);
        Assert.Equal("input/en/a.md", TestSite.Single(result, DiagnosticCodes.MissingAlt).Path);
    }

    [Fact]
    public void A_required_section_that_is_missing_is_named_with_the_heading_to_add()
    {
        using var site = TestSite.Create(InlineSite.Frame.Replace("default: []", "default:\n  - {id: causes, zh: 常见原因, en: Common causes}", StringComparison.Ordinal)
            + InlineSite.Pair("a", en: "## Overview {#overview}\n\nA.", zh: "## 常见原因 {#causes}\n\n甲。"));

        var result = site.RunThrough<CheckStructure>();

        var error = TestSite.Single(result, DiagnosticCodes.MissingSection);
        Assert.Equal("input/en/a.md", error.Path);
        Assert.Contains("## Common causes {#causes}", error.Message, StringComparison.Ordinal);
    }
}
