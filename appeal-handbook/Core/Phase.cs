namespace AppealHandbook.Core;

/// <summary>The build's phases, in the order they run (as in Statiq).</summary>
public enum Phase
{
    /// <summary>Read files: data, theme, articles.</summary>
    Read,
    /// <summary>Per document: front matter, Markdown.</summary>
    Process,
    /// <summary>Across documents: cross-links, navigation, layouts, search index, sitemap, feeds, checks.</summary>
    PostProcess,
    /// <summary>Write the site, all or nothing.</summary>
    Write,
}
