using AppealHandbook.Core;
using AppealHandbook.Data;

namespace AppealHandbook.Content;

/// <summary>
/// Checks what no single file can know: keys unique per language, types that exist, related
/// keys that exist, both languages present for every key, and translations that are older than
/// their counterpart (a warning: the page then shows a notice).
/// </summary>
public sealed class ValidateArticles : IModule
{
    /// <inheritdoc />
    public ModuleContract Contract { get; } = ModuleContract.SiteWide("drops the second article of a duplicated key", [DataFacts.SiteData], [],
        "what it reads of the edited page (key, type, related keys, date) is unchanged, or preview runs a full build");

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        var data = state.Get(DataFacts.SiteData);
        var articles = state.Pages.Where(p => p.Kind == PageKind.Article).ToList();
        var keep = new HashSet<Page>(ReferenceEqualityComparer.Instance);

        foreach (var group in articles.GroupBy(p => (p.Lang, p.Key)))
        {
            var ordered = group.OrderBy(p => p.Source!.Path, StringComparer.Ordinal).ToList();
            keep.Add(ordered[0]);
            foreach (var duplicate in ordered.Skip(1))
            {
                state.Diagnostics.Error(duplicate.Source!.Path, duplicate.FrontMatter!.LineOf(FrontMatterKeys.Key), 1, DiagnosticCodes.DuplicateKey,
                    $"key '{duplicate.Key}' is already used by {ordered[0].Source!.Path}. Each key may appear once per language.");
            }
        }

        var keys = articles.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var byLangKey = keep.ToDictionary(p => (p.Lang, p.Key));
        foreach (var page in articles)
        {
            var fm = page.FrontMatter!;
            var path = page.Source!.Path;
            if (data.FindType(fm.Type) is null)
            {
                state.Diagnostics.Error(path, fm.LineOf(FrontMatterKeys.Type), 1, DiagnosticCodes.UnknownType,
                    $"type '{MessageText.Shorten(fm.Type)}' is not a violation type. Use one of: {string.Join(", ", data.Types.Select(t => t.Id))}.");
            }

            foreach (var related in fm.Related.Where(r => !keys.Contains(r)))
            {
                state.Diagnostics.Error(path, fm.LineOf(FrontMatterKeys.Related), 1, DiagnosticCodes.UnknownRelated,
                    $"related key '{MessageText.Shorten(related)}' names no article. Use the key of an existing article (the file name without .md).");
            }

            var other = Language.Other(page.Lang);
            var counterpart = byLangKey.GetValueOrDefault((other, page.Key));
            if (counterpart is null)
            {
                state.Diagnostics.Error(path, fm.LineOf(FrontMatterKeys.Key), 1, DiagnosticCodes.MissingTranslation,
                    $"'{page.Key}' has no {other} version. Add input/{other}/{page.Key}.md (`dotnet run -- new {page.Key} --type {fm.Type}` writes both).");
            }
            else if (counterpart.FrontMatter!.Updated > fm.Updated && !ParseFrontMatter.IsInTheFuture(counterpart.FrontMatter.Updated))
            {
                // A counterpart dated in the future is that file's mistake (reported there), not this one's.
                state.Diagnostics.Warning(path, fm.LineOf(FrontMatterKeys.Updated), 1, DiagnosticCodes.StaleTranslation,
                    $"This translation was updated on {fm.Updated:yyyy-MM-dd}, the {other} version on {counterpart.FrontMatter.Updated:yyyy-MM-dd}. Bring it up to date and set `updated` to the same date.");
            }
        }

        foreach (var term in data.Glossary.Where(t => t.Article is { } a && !keys.Contains(a)))
        {
            state.Diagnostics.Error(state.DisplayPath(Path.Combine(state.Options.InputDirectory, "_data", "glossary.yml")), term.Line, 1,
                DiagnosticCodes.UnknownRelated, $"Glossary term '{term.Id}' points to article '{term.Article}', which does not exist.");
        }

        state.Pages = [.. state.Pages.Where(p => p.Kind != PageKind.Article || keep.Contains(p))];
    }
}
