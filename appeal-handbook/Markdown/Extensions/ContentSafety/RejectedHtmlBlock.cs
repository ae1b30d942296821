using Markdig.Syntax;

namespace AppealHandbook.Markdown.Extensions.ContentSafety;

/// <summary>A block of raw HTML an author wrote, which articles may not hold: reported as an error and never rendered as HTML.</summary>
public sealed class RejectedHtmlBlock : LeafBlock
{
    /// <summary>Takes the place of <paramref name="html"/> at its position.</summary>
    public RejectedHtmlBlock(HtmlBlock html)
        : base(null)
    {
        Lines = html.Lines;
        Line = html.Line;
        Column = html.Column;
        Span = html.Span;
    }
}
