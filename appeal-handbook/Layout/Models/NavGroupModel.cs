namespace AppealHandbook.Layout.Models;

/// <summary>A violation type in the sidebar or on a home page, with its articles.</summary>
/// <param name="Id">Type id.</param>
/// <param name="Name">Type name in the page's language.</param>
/// <param name="Description">One-line description.</param>
/// <param name="Url">URL of the type's page.</param>
/// <param name="Current">True when the page belongs to this type.</param>
/// <param name="Articles">The articles shown (in the sidebar: only the current type's, at most a window of them).</param>
/// <param name="Count">How many articles the type has in all.</param>
public sealed record NavGroupModel(string Id, string Name, string Description, string Url, bool Current, IReadOnlyList<LinkModel> Articles, int Count)
{
    /// <summary>True when <see cref="Articles"/> shows only part of the type.</summary>
    public bool Truncated => Articles.Count < Count;
}
