namespace AppealHandbook.Layout.Models;

/// <summary>Site-wide values every template can use, in the page's language.</summary>
/// <param name="Title">Site title.</param>
/// <param name="Description">Site description.</param>
/// <param name="Root">Relative prefix from the page to the site root (<c>../../</c>), or the base path on the 404 page.</param>
/// <param name="Home">URL of the home in the page's language.</param>
/// <param name="Search">URL of the search page.</param>
/// <param name="Glossary">URL of the glossary.</param>
/// <param name="Disclaimer">URL of the disclaimer.</param>
/// <param name="Repository">The repository's home page.</param>
/// <param name="Assets">URL prefix of the theme's assets.</param>
/// <param name="Feed">URL of the Atom feed.</param>
/// <param name="Status">URL of the translation status page.</param>
public sealed record SiteModel(
    string Title,
    string Description,
    string Root,
    string Home,
    string Search,
    string Glossary,
    string Disclaimer,
    string Repository,
    string Assets,
    string Feed,
    string Status)
{
    /// <summary>URL of the Plan of Action builder, or empty when the site has none.</summary>
    public string PoaBuilder { get; init; } = "";
}
