using AppealHandbook.Core;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;

namespace AppealHandbook.Checks;

/// <summary>
/// Warns when an article's evidence checklist (the <c>- [ ]</c> items of its <c>evidence</c>
/// section) has a different number of items in the two languages: the page remembers ticks by
/// item position for both languages, so the lists must match item for item.
/// </summary>
public sealed class CheckEvidenceLists : IModule
{
    /// <summary>The section whose task lists become checklists that remember.</summary>
    public const string Section = "evidence";

    /// <inheritdoc />
    public ModuleContract Contract { get; } = ModuleContract.SiteWide("counts the evidence task items of each article", [], [],
        "a warning only, compared across both languages; the next full build or check reports it");

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        var counts = state.Pages
            .Where(p => p.Kind == PageKind.Article && (p.Markdown is not null || p.Reused is not null))
            .ToDictionary(p => (p.Lang, p.Key), p => (Page: p, Count: p.Reused?.EvidenceItems ?? Count(p)));
        foreach (var ((lang, key), (page, count)) in counts.Where(c => c.Key.Lang == Language.En))
        {
            if (counts.TryGetValue((Language.Zh, key), out var zh) && zh.Count != count)
            {
                var heading = page.Headings.FirstOrDefault(h => h.Id == Section);
                state.Diagnostics.Warning(page.Source!.Path, heading?.Line ?? 1, 1, DiagnosticCodes.EvidenceListMismatch,
                    $"The evidence checklist has {count} item(s) here and {zh.Count} in {zh.Page.Source!.Path}. Ticks are shared by position across languages: keep the two lists item for item.");
            }
        }
    }

    /// <summary>The task-list items between the evidence heading and the next H2 (a build cache keeps the count of a page it reuses).</summary>
    public static int Count(Page page)
    {
        var start = page.Headings.FirstOrDefault(h => h.Level == 2 && h.Id == Section);
        if (start is null)
        {
            return 0;
        }

        var end = page.Headings.FirstOrDefault(h => h.Level == 2 && h.Line > start.Line)?.Line ?? int.MaxValue;
        // Only the section's own blocks are walked, not the whole article. Markdig's lines are
        // 0-based; the headings' are the file's, 1-based.
        return page.Markdown!
            .Where(block => block.Line + 1 > start.Line && block.Line + 1 < end)
            .Sum(block => block.Descendants<TaskList>().Count());
    }
}
