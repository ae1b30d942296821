using Markdig.Syntax.Inlines;

namespace AppealHandbook.Markdown.Extensions.ContentSafety;

/// <summary>An inline HTML tag an author wrote, which articles may not hold: reported as an error and never rendered as HTML.</summary>
public sealed class RejectedHtmlInline : LeafInline
{
    /// <summary>Takes the place of <paramref name="html"/> at its position.</summary>
    public RejectedHtmlInline(HtmlInline html)
    {
        Tag = html.Tag;
        Line = html.Line;
        Column = html.Column;
        Span = html.Span;
    }

    /// <summary>The tag as written.</summary>
    public string Tag { get; }
}
