using AppealHandbook.Markdown;
using AppealHandbook.Markdown.Extensions.ContentSafety;
using Markdig.Syntax;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Markdown.Extensions.ContentSafety;

[Trait(Category.Name, Category.Unit)]
public class ContentSafetyExtensionTests
{
    [Fact]
    public void Author_html_becomes_rejected_nodes_that_render_as_text()
    {
        // Arrange
        const string markdown = "<div onclick=\"x()\">\nblock\n</div>\n\nA <b>tag</b> inline.\n";

        // Act
        var document = Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Pipeline);
        var html = Markdig.Markdown.ToHtml(markdown, MarkdownPipelineFactory.Pipeline);

        // Assert
        Assert.Empty(document.Descendants<HtmlBlock>());
        Assert.Single(document.Descendants<RejectedHtmlBlock>());
        Assert.Equal(2, document.Descendants<RejectedHtmlInline>().Count());
        Assert.DoesNotContain("<div", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;div onclick=&quot;x()&quot;&gt;", html, StringComparison.Ordinal);
        Assert.Contains("A &lt;b&gt;tag&lt;/b&gt; inline.", html, StringComparison.Ordinal);
    }
}
