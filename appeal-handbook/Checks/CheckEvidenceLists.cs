using AppealHandbook.Core;
using AppealHandbook.Markdown;

namespace AppealHandbook.Checks;

/// <summary>
/// Warns when an article's evidence checklist (the <c>- [ ]</c> items of its <c>evidence</c>
/// section) has a different number of items in the two languages: the page remembers ticks by
/// item position for both languages, so the lists must match item for item.
/// </summary>
public sealed class CheckEvidenceLists : IModule
{
    /// <inheritdoc />
    public ModuleContract Contract { get; } = ModuleContract.SiteWide("compares the evidence task items of each article across languages", [], [],
        "a warning only, compared across both languages; the next full build or check reports it");

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        var counts = state.Pages
            .Where(p => p.Kind == PageKind.Article && (p.BodyParsed || p.Reused is not null))
            .ToDictionary(p => (p.Lang, p.Key), p => (Page: p, Count: p.EvidenceItems));
        foreach (var ((lang, key), (page, count)) in counts.Where(c => c.Key.Lang == Language.En))
        {
            if (counts.TryGetValue((Language.Zh, key), out var zh) && zh.Count != count)
            {
                var heading = page.Headings.FirstOrDefault(h => h.Id == EvidenceSection.Id);
                state.Diagnostics.Warning(page.Source!.Path, heading?.Line ?? 1, 1, DiagnosticCodes.EvidenceListMismatch,
                    $"The evidence checklist has {count} item(s) here and {zh.Count} in {zh.Page.Source!.Path}. Ticks are shared by position across languages: keep the two lists item for item.");
            }
        }
    }
}
