using System.Collections.Immutable;
using AppealHandbook.Core;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;

namespace AppealHandbook.Markdown;

/// <summary>The evidence section of an article, whose task lists become checklists that remember ticks by position.</summary>
public static class EvidenceSection
{
    /// <summary>The section's id (<c>input/_data/structure.yml</c>).</summary>
    public const string Id = "evidence";

    /// <summary>
    /// The task-list items of <paramref name="tree"/> between the evidence heading and the next H2,
    /// counted when the article is parsed (<see cref="Page.EvidenceItems"/>; a build cache keeps the
    /// count of a page it reuses).
    /// </summary>
    public static int TaskItems(MarkdownDocument tree, ImmutableArray<Heading> headings)
    {
        var start = headings.FirstOrDefault(h => h.Level == 2 && h.Id == Id);
        if (start is null)
        {
            return 0;
        }

        var end = headings.FirstOrDefault(h => h.Level == 2 && h.Line > start.Line)?.Line ?? int.MaxValue;
        // Only the section's own blocks are walked, not the whole article. Markdig's lines are
        // 0-based; the headings' are the file's, 1-based.
        return tree
            .Where(block => block.Line + 1 > start.Line && block.Line + 1 < end)
            .Sum(block => block.Descendants<TaskList>().Count());
    }
}
