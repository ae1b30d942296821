using AppealHandbook.Content;
using AppealHandbook.Core;

namespace AppealHandbook.PlanOfAction;

/// <summary>
/// Checks the building blocks against the articles: each file is named after a violation article,
/// and each violation article has a file, so the builder offers every complaint type the handbook
/// explains.
/// </summary>
public sealed class CheckPoaKeys : IModule
{
    /// <inheritdoc />
    public ModuleContract Contract { get; } = ModuleContract.SiteWide("reads the articles' keys and types", [PoaFacts.Library], [],
        "an edit that keeps an article's key and type changes nothing here; a new or removed article or data file makes preview run a full build");

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        var poa = state.Get(PoaFacts.Library);
        if (!poa.Present)
        {
            return;
        }

        var articles = state.Pages.Where(p => p.Kind == PageKind.Article)
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.Lang == Language.Zh ? 0 : 1).First(), StringComparer.Ordinal);

        foreach (var (key, blocks) in poa.Blocks)
        {
            if (!articles.TryGetValue(key, out var article))
            {
                state.Diagnostics.Error(blocks.Path, 1, 1, DiagnosticCodes.PoaUnknownKey,
                    $"'{MessageText.Shorten(key)}.yml' is named after no article. Name the file after the key of a violation article (input/zh/KEY.md), or remove it.");
            }
            else if (article.FrontMatter!.Type == FrontMatter.GuidesType)
            {
                state.Diagnostics.Error(blocks.Path, 1, 1, DiagnosticCodes.PoaUnknownKey,
                    $"'{key}' is a guide, not a complaint type; the builder has no use for its building blocks. Remove the file.");
            }
        }

        foreach (var (key, article) in articles.Where(a => a.Value.FrontMatter!.Type != FrontMatter.GuidesType && !poa.Blocks.ContainsKey(a.Key)))
        {
            state.Diagnostics.Error(article.Source!.Path, article.FrontMatter!.LineOf(FrontMatterKeys.Key), 1, DiagnosticCodes.PoaMissingFile,
                $"'{key}' has no Plan of Action building blocks. Add input/_data/poa/{key}.yml with its causes, corrective actions and preventive measures (see CONTRIBUTING.md).");
        }
    }
}
