using Markdig;


namespace AppealHandbook.Markdown;

/// <summary>The one Markdig pipeline every article is parsed and rendered with.</summary>
/// <remarks>
/// A Markdig pipeline is immutable and thread-safe once built, so one instance serves every
/// document of every build.
/// </remarks>
public static class MarkdownPipelineFactory
{
    /// <summary>The shared pipeline.</summary>
    public static MarkdownPipeline Pipeline { get; } = Create();

    private static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .UseYamlFrontMatter() // skip the front matter but keep line numbers relative to the whole file
            .UsePipeTables()
            .UseFootnotes()
            .UseTaskLists()
            .UseLabelledTaskLists() // after UseTaskLists: it replaces that extension's renderer
            .UseAlertBlocks()
            .UseAutoLinks()
            .UseCjkFriendlyEmphasis() // **重要**：must be bold even when followed by CJK punctuation
            .Use<HeadingIdExtension>() // GitHub-style ids that keep Chinese letters; an explicit {#id} wins
            .UsePreciseSourceLocation() // columns for link diagnostics
            .UseCrossLinks() // before UseSiteLinks: its pass replaces xref links, and the passes run in the order registered
            .UseSiteLinks() // its pass runs once the whole document is parsed, so every parser's links are in the tree
            .UseGlossaryLinks() // renders only nodes the engine adds after parsing: its place among the parsers does not matter
            .UseContentSafety() // its pass runs once the whole document is parsed, so it replaces the raw HTML of every parser
            .UseGenericAttributes() // {#id} on headings; must be registered last (Markdig's rule)
            .Build();
}
