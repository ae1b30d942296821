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

        new PerArticleFiles(DiagnosticCodes.NoticeUnknownKey, DiagnosticCodes.NoticeMissingFile,
            key => $"'{key}' is a guide, not a complaint type: no notice is about it. Remove the file.",
            key => $"'{key}' has no notice phrases, so the notice decoder cannot recognise it. Add {notices.Folder}/{key}.yml with the names and phrases its notices use (see CONTRIBUTING.md).")
            .Check(state, notices.Types.Select(t => (t.Key, t.Value.Path)));
    }
}
