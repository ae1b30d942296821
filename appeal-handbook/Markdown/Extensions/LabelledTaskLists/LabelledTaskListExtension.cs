using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;

namespace AppealHandbook.Markdown.Extensions.LabelledTaskLists;

/// <summary>
/// Renders a task list's checkbox (<c>- [ ] item</c>) with the item's text as its accessible name.
/// </summary>
/// <remarks>
/// Markdig's own renderer writes a bare <c>&lt;input type="checkbox"&gt;</c>, which screen readers
/// announce as an unlabelled checkbox and accessibility audits fail. Register after
/// <c>UseTaskLists()</c>: this replaces the renderer that extension adds.
/// </remarks>
public sealed class LabelledTaskListExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlLabelledTaskListRenderer>())
        {
            html.ObjectRenderers.RemoveAll(r => r is HtmlTaskListRenderer);
            html.ObjectRenderers.Add(new HtmlLabelledTaskListRenderer());
        }
    }
}
