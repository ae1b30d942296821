using AppealHandbook.Markdown;
using AppealHandbook.Markdown.Extensions.CrossLinks;
using AppealHandbook.Tests.TestKit;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AppealHandbook.Tests.Markdown.Extensions.CrossLinks;

[Trait(Category.Name, Category.Unit)]
public class CrossLinkExtensionTests
{
    [Fact]
    public void An_xref_link_becomes_a_cross_link_with_its_key_section_text_and_attributes()
    {
        // Arrange
        const string markdown = "See [the *causes*](xref:order-defect-rate#causes){.more} and [Help](https://example.org).\n";

        // Act
        var document = Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Pipeline);

        // Assert
        var crossLink = Assert.Single(document.Descendants<CrossLinkInline>());
        Assert.Equal(("order-defect-rate", "causes"), (crossLink.Key, crossLink.Section));
        Assert.Equal("xref:order-defect-rate#causes", crossLink.Url);
        Assert.Equal("the causes", InlineText.Of(crossLink));
        Assert.Equal(["more"], crossLink.GetAttributes().Classes!);
        Assert.Equal(2, document.Descendants<LinkInline>().Count());
    }

    [Fact]
    public void Without_a_resolved_address_a_cross_link_renders_as_written()
    {
        var html = Markdig.Markdown.ToHtml("[A](xref:a)", MarkdownPipelineFactory.Pipeline);

        Assert.Equal("<p><a href=\"xref:a\">A</a></p>\n", html);
    }
}
