using AppealHandbook.Core;

namespace AppealHandbook.Notices;

/// <summary>
/// Checks the notice phrases against the articles: each file is named after a complaint-type
/// article, and each complaint-type article has a file, so the decoder can name every type the
/// handbook explains.
/// </summary>
public sealed class CheckNoticeKeys : IModule
{
    /// <inheritdoc />
    public ModuleContract Contract { get; } = ModuleContract.SiteWide("", [NoticeFacts.Phrases], [],
        "what it reads of the edited page (key and type) is unchanged, or preview runs a full build");

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        var notices = state.Get(NoticeFacts.Phrases);
        if (!notices.Exists)
        {
            return;
        }

        var articles = state.Pages.Where(p => p.Kind == PageKind.Article && p.FrontMatter is not null)
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.Lang == Language.Zh ? 0 : 1).First(), StringComparer.Ordinal);

        foreach (var (key, phrases) in notices.Types)
        {
            if (!articles.TryGetValue(key, out var article))
            {
                state.Diagnostics.Error(phrases.Path, 1, 1, DiagnosticCodes.NoticeUnknownKey,
                    $"'{key}.yml' is named after no article. Name the file after the key of a violation article (input/zh/KEY.md), or remove it.");
            }
            else if (article.FrontMatter!.Type == FrontMatter.GuidesType)
            {
                state.Diagnostics.Error(phrases.Path, 1, 1, DiagnosticCodes.NoticeUnknownKey,
                    $"'{key}' is a guide, not a complaint type: no notice is about it. Remove the file.");
            }
        }

        foreach (var (key, article) in articles.Where(a => a.Value.FrontMatter!.Type != FrontMatter.GuidesType && !notices.Types.ContainsKey(a.Key)))
        {
            state.Diagnostics.Error(article.Source!.Path, article.FrontMatter!.LineOf(FrontMatterKeys.Key), 1, DiagnosticCodes.NoticeMissingFile,
                $"'{key}' has no notice phrases, so the notice decoder cannot recognise it. Add {notices.Folder}/{key}.yml with the names and phrases its notices use (see CONTRIBUTING.md).");
        }
    }
}
