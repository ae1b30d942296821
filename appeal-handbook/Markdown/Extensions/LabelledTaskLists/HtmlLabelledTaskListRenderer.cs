using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace AppealHandbook.Markdown.Extensions.LabelledTaskLists;

/// <summary>Writes a task list's disabled checkbox, named by the text of its list item.</summary>
public sealed class HtmlLabelledTaskListRenderer : HtmlObjectRenderer<TaskList>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, TaskList obj)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.Write(obj.Checked ? "[x]" : "[ ]");
            return;
        }

        renderer.Write("<input").WriteAttributes(obj).Write(" disabled=\"disabled\" type=\"checkbox\"");
        if (obj.Checked)
        {
            renderer.Write(" checked=\"checked\"");
        }

        var label = InlineText.Of(obj.Parent);
        if (label.Length > 0)
        {
            renderer.Write(" aria-label=\"").WriteEscape(label).Write('"');
        }

        renderer.Write(" />");
    }
}
