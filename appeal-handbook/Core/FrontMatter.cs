using System.Collections.Immutable;

namespace AppealHandbook.Core;

/// <summary>An article's validated front matter (CONTRIBUTING.md, Front matter).</summary>
/// <remarks>
/// <see cref="Lines"/> maps each field name to the 1-based line it was written on, so later
/// checks (an unknown <c>related</c> key, a stale translation) can point at the exact line.
/// </remarks>
public sealed record FrontMatter
{
    /// <summary>
    /// The type of the handbook's guides (the Plan of Action guide, the glossary...): the one type
    /// whose articles are not about a notice, so they carry no "Do this now" box.
    /// </summary>
    public const string GuidesType = "guides";

    /// <summary>The key of the guide whose section ids <see cref="Deadline"/> names.</summary>
    public const string DeadlinesKey = "deadlines";

    /// <summary>Page title in the article's language.</summary>
    public required string Title { get; init; }
    /// <summary>Kebab-case id shared by both languages: URL slug and xref id.</summary>
    public required string Key { get; init; }
    /// <summary><c>zh</c> or <c>en</c>.</summary>
    public required string Lang { get; init; }
    /// <summary>Violation type id.</summary>
    public required string Type { get; init; }
    /// <summary>One sentence for lists, search results and the meta description.</summary>
    public required string Summary { get; init; }
    /// <summary>Date of the last change to the facts.</summary>
    public required DateOnly Updated { get; init; }
    /// <summary>Keys of related articles.</summary>
    public ImmutableArray<string> Related { get; init; } = [];
    /// <summary>Free tags.</summary>
    public ImmutableArray<string> Tags { get; init; } = [];
    /// <summary>Extra search terms in any language.</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];
    /// <summary>Public sources the article cites.</summary>
    public ImmutableArray<SourceLink> Sources { get; init; } = [];
    /// <summary>What to do today, shown at the top of the article (required unless the type is <c>guides</c>).</summary>
    public ImmutableArray<string> FirstSteps { get; init; } = [];
    /// <summary>What not to do, shown beside <see cref="FirstSteps"/>.</summary>
    public ImmutableArray<string> Avoid { get; init; } = [];
    /// <summary>A section id of the deadlines guide, linked from the box; null when not given.</summary>
    public string? Deadline { get; init; }
    /// <summary>Line of each field, 1-based.</summary>
    public ImmutableDictionary<string, int> Lines { get; init; } = ImmutableDictionary<string, int>.Empty;

    /// <summary>The line a field was written on, or 1 when it is absent.</summary>
    public int LineOf(string field) => Lines.TryGetValue(field, out var line) ? line : 1;
}
