namespace AppealHandbook.Core;

/// <summary>
/// Data kept in one file per violation article (the decoder's phrases, the builder's building
/// blocks): each file must be named after a violation article, and each violation article must
/// have its file, so the feature covers every complaint type the handbook explains.
/// </summary>
/// <param name="UnknownCode">Reported at a file named after no article, or after a guide.</param>
/// <param name="MissingCode">Reported at the key of an article that has no file.</param>
/// <param name="Guide">The message for a file named after a guide (given its key).</param>
/// <param name="Missing">The message for an article without a file (given its key).</param>
public sealed record PerArticleFiles(string UnknownCode, string MissingCode, Func<string, string> Guide, Func<string, string> Missing)
{
    /// <summary>Reports every file of <paramref name="files"/> (key → display path) without its article, and every article without its file.</summary>
    public void Check(BuildState state, IEnumerable<(string Key, string Path)> files)
    {
        // One page per key: the Chinese one, whose key line the report points at.
        var articles = state.Pages.Where(p => p.Kind == PageKind.Article && p.FrontMatter is not null)
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.Lang == Language.Zh ? 0 : 1).First(), StringComparer.Ordinal);

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, path) in files)
        {
            keys.Add(key);
            if (!articles.TryGetValue(key, out var article))
            {
                state.Diagnostics.Error(path, 1, 1, UnknownCode,
                    $"'{MessageText.Shorten(key)}.yml' is named after no article. Name the file after the key of a violation article (input/zh/KEY.md), or remove it.");
            }
            else if (article.FrontMatter!.Type == FrontMatter.GuidesType)
            {
                state.Diagnostics.Error(path, 1, 1, UnknownCode, Guide(key));
            }
        }

        foreach (var (key, article) in articles.Where(a => a.Value.FrontMatter!.Type != FrontMatter.GuidesType && !keys.Contains(a.Key)))
        {
            state.Diagnostics.Error(article.Source!.Path, article.FrontMatter!.LineOf(FrontMatterKeys.Key), 1, MissingCode, Missing(key));
        }
    }
}
