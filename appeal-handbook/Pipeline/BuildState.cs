using System.Collections.Concurrent;
using System.Collections.Immutable;
using AppealHandbook.Content;
using AppealHandbook.Data;
using AppealHandbook.Diagnostics;
using AppealHandbook.Layout;
using AppealHandbook.Linking;

namespace AppealHandbook.Pipeline;

/// <summary>
/// What the modules of one build share: the options, the data read so far, the pages, the
/// files to write and the diagnostics. Modules set the members they produce, in phase order.
/// </summary>
public sealed class BuildState(BuildOptions options)
{
    private readonly ConcurrentDictionary<string, OutputFile> _outputs = new(StringComparer.Ordinal);

    /// <summary>The options of this build.</summary>
    public BuildOptions Options { get; } = options;

    /// <summary>Problems found so far.</summary>
    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>site.yml, _data/*.yml and interface strings (set by the read phase).</summary>
    public SiteData? Data { get; set; }

    /// <summary>Layouts and assets (set by the read phase).</summary>
    public Theme? Theme { get; set; }

    /// <summary>Article files as read (set by the read phase).</summary>
    public ImmutableArray<SourceFile> Sources { get; set; } = [];

    /// <summary>Static files from the input folder to copy (site path → full path).</summary>
    public ImmutableSortedDictionary<string, string> StaticFiles { get; set; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>The site's pages, in a deterministic order.</summary>
    public ImmutableArray<Page> Pages { get; set; } = [];

    /// <summary>Keys, headings, navigation and backlinks across all articles (set when pages are assembled).</summary>
    public SiteIndex? Index { get; set; }

    /// <summary>The Plan of Action building blocks (set by the read phase); null when the input has none.</summary>
    public PlanOfAction.PoaLibrary? Poa { get; set; }

    /// <summary>The base path in effect: the command line's, else site.yml's.</summary>
    public string BasePath => Data?.Config.BasePath ?? "/";

    /// <summary>Adds or replaces a file to write.</summary>
    public void AddOutput(OutputFile file) => _outputs[file.Path] = file;

    /// <summary>Files added by modules (pages are written separately), sorted by path.</summary>
    public IReadOnlyList<OutputFile> Outputs => [.. _outputs.Values.OrderBy(f => f.Path, StringComparer.Ordinal)];

    /// <summary>
    /// A new state holding everything <paramref name="previous"/> produced but its diagnostics,
    /// for a rebuild that replaces only some pages.
    /// </summary>
    public static BuildState ContinueFrom(BuildState previous)
    {
        var state = new BuildState(previous.Options)
        {
            Data = previous.Data,
            Theme = previous.Theme,
            Sources = previous.Sources,
            StaticFiles = previous.StaticFiles,
            Pages = previous.Pages,
            Index = previous.Index,
            Poa = previous.Poa,
        };
        foreach (var output in previous._outputs)
        {
            state._outputs[output.Key] = output.Value;
        }

        return state;
    }

    /// <summary>Path of a file for messages: relative to the repository root when it is inside it.</summary>
    public string DisplayPath(string fullPath)
    {
        var root = Options.DisplayRoot ?? Path.GetDirectoryName(Path.GetFullPath(Options.InputDirectory)) ?? "";
        var relative = Path.GetRelativePath(root, fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative).Replace(Path.DirectorySeparatorChar, '/');
    }
}
