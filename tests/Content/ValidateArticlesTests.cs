using AppealHandbook.Content;
using AppealHandbook.Core;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Content;

[Trait(Category.Name, Category.Unit)]
public class ValidateArticlesTests
{
    [Fact]
    public void An_article_without_its_other_language_is_an_error()
    {
        // Arrange: b exists only in English.
        using var site = TestSite.Create(InlineSite.Frame + InlineSite.Pair("a", "A.", "甲。") + InlineSite.Article("en", "b", "B", "B."));

        // Act
        var result = site.RunThrough<ValidateArticles>();

        // Assert
        var error = TestSite.Single(result, DiagnosticCodes.MissingTranslation);
        Assert.Equal("input/en/b.md", error.Path);
        Assert.Contains("input/zh/b.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translation_older_than_its_counterpart_is_a_warning()
    {
        using var site = TestSite.Create(InlineSite.Frame
            + InlineSite.Article("en", "a", "A", "A.", updated: "2026-03-01")
            + InlineSite.Article("zh", "a", "甲", "甲。", updated: "2026-01-01"));

        var result = site.RunThrough<ValidateArticles>();

        Assert.True(result.Succeeded);
        Assert.Equal("input/zh/a.md", TestSite.Single(result, DiagnosticCodes.StaleTranslation).Path);
    }
}
