using AppealHandbook.Core;

namespace AppealHandbook.Search;

/// <summary>One article as the search index sees it.</summary>
/// <param name="Key">Article key.</param>
/// <param name="Title">Title.</param>
/// <param name="Url">Site path (<c>zh/a/</c>).</param>
/// <param name="Type">Violation type id.</param>
/// <param name="Summary">Summary.</param>
/// <param name="Sections">The H2/H3 sections: id, heading and the start of their text (<see cref="SearchIndexWriter.Excerpt"/>).</param>
public sealed record SearchDocument(string Key, string Title, string Url, string Type, string Summary, IReadOnlyList<SearchSection> Sections);
