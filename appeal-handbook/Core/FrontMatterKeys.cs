namespace AppealHandbook.Core;

/// <summary>The front matter field names (CONTRIBUTING.md, Front matter), in one place.</summary>
public static class FrontMatterKeys
{
    /// <summary>Page title.</summary>
    public const string Title = "title";
    /// <summary>Shared kebab-case id.</summary>
    public const string Key = "key";
    /// <summary>Language.</summary>
    public const string Lang = "lang";
    /// <summary>Violation type id.</summary>
    public const string Type = "type";
    /// <summary>One-sentence summary.</summary>
    public const string Summary = "summary";
    /// <summary>Last change to the facts.</summary>
    public const string Updated = "updated";
    /// <summary>Related keys.</summary>
    public const string Related = "related";
    /// <summary>Free tags.</summary>
    public const string Tags = "tags";
    /// <summary>Extra search terms.</summary>
    public const string Aliases = "aliases";
    /// <summary>Cited sources.</summary>
    public const string Sources = "sources";
    /// <summary>What to do today: the first list of the "Do this now" box.</summary>
    public const string FirstSteps = "first-steps";
    /// <summary>What not to do: the second list of the "Do this now" box.</summary>
    public const string Avoid = "avoid";
    /// <summary>The section of the deadlines guide that applies to this notice.</summary>
    public const string Deadline = "deadline";

    /// <summary>Every field an article may set; anything else is reported as a likely typo.</summary>
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        Title, Key, Lang, Type, Summary, Updated, Related, Tags, Aliases, Sources, FirstSteps, Avoid, Deadline,
    };
}
