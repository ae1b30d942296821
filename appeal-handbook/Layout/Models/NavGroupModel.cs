namespace AppealHandbook.Layout.Models;

/// <summary>A violation type in the sidebar or on a home page, with its articles.</summary>
public sealed record NavGroupModel(string Id, string Name, string Description, string Url, bool Current, IReadOnlyList<LinkModel> Articles);
