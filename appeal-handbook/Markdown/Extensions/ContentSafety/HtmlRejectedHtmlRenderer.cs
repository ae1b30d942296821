using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace AppealHandbook.Markdown.Extensions.ContentSafety;

/// <summary>Writes rejected HTML as the text it is, escaped, so that it can never become markup.</summary>
public sealed class HtmlRejectedHtmlRenderer : HtmlObjectRenderer<RejectedHtmlBlock>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, RejectedHtmlBlock block)
    {
        renderer.EnsureLine().Write("<p>");
        renderer.WriteLeafRawLines(block, writeEndOfLines: true, escape: true);
        renderer.Write("</p>").EnsureLine();
    }
}
