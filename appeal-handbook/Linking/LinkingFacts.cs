using AppealHandbook.Core;

namespace AppealHandbook.Linking;

/// <summary>The facts the linking folder adds to a build.</summary>
public static class LinkingFacts
{
    /// <summary>Keys, sections, navigation, tags and backlinks across every article (<see cref="IndexSite"/>).</summary>
    public static readonly Fact<SiteIndex> Index = new(nameof(Index));
}
