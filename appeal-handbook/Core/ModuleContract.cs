namespace AppealHandbook.Core;

/// <summary>
/// What a module reads and what it adds: the facts by name, and in words what it does to each page.
/// </summary>
/// <param name="Reads">Facts the module reads; each must be added by an earlier module.</param>
/// <param name="Adds">Facts the module adds.</param>
/// <param name="Pages">What it reads from and changes on the pages, in a few words (empty when it leaves them alone).</param>
/// <param name="OnePageRebuild">What preview's one-page rebuild does with it.</param>
/// <param name="Why">For <see cref="OnePageRebuild.KeepPrevious"/>: why keeping the previous result is right.</param>
public sealed record ModuleContract(
    IReadOnlyList<Fact> Reads,
    IReadOnlyList<Fact> Adds,
    string Pages,
    OnePageRebuild OnePageRebuild,
    string Why = "")
{
    /// <summary>A module that works page by page and runs on the edited page in preview.</summary>
    public static ModuleContract PerPage(string pages, params Fact[] reads) =>
        new(reads, [], pages, OnePageRebuild.RunOnPage);

    /// <summary>A module that reads the input; preview's one-page rebuild does its work on the edited file only.</summary>
    public static ModuleContract Input(string pages, IReadOnlyList<Fact> reads, IReadOnlyList<Fact> adds, string why) =>
        new(reads, adds, pages, OnePageRebuild.EditedFileOnly, why);

    /// <summary>A module that works across the site; preview keeps its previous result, for the reason given.</summary>
    public static ModuleContract SiteWide(string pages, IReadOnlyList<Fact> reads, IReadOnlyList<Fact> adds, string why) =>
        new(reads, adds, pages, OnePageRebuild.KeepPrevious, why);
}
