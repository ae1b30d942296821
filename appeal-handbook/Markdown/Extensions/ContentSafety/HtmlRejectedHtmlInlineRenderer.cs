using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace AppealHandbook.Markdown.Extensions.ContentSafety;

/// <summary>Writes a rejected HTML tag as the text it is, escaped, so that it can never become markup.</summary>
public sealed class HtmlRejectedHtmlInlineRenderer : HtmlObjectRenderer<RejectedHtmlInline>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, RejectedHtmlInline inline) => renderer.WriteEscape(inline.Tag);
}
