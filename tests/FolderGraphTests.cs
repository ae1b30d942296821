using System.Text.RegularExpressions;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests;

/// <summary>
/// The engine's folders form layers: the core uses no other folder, feature folders use the core
/// and each other without cycles, and only the pipeline wiring uses every feature.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public partial class FolderGraphTests
{
    private static readonly string[] Folders = ["Core", "Data", "Content", "Markdown", "Linking", "Layout", "Search", "Notices", "Checks", "PlanOfAction", "Output", "Cache", "Pipeline"];

    [Fact]
    public void The_core_uses_no_other_folder() =>
        Assert.Empty(Graph()["Core"]);

    [Fact]
    public void No_feature_folder_uses_the_pipeline_wiring() =>
        Assert.Empty(Graph().Where(f => f.Key != "Pipeline" && f.Value.Contains("Pipeline")).Select(f => f.Key));

    [Fact]
    public void The_folders_have_no_cycle()
    {
        var graph = Graph();
        var done = new HashSet<string>();
        foreach (var folder in Folders)
        {
            Visit(folder, []);
        }

        void Visit(string folder, List<string> path)
        {
            Assert.False(path.Contains(folder), "cycle: " + string.Join(" -> ", path.Append(folder)));
            if (!done.Add(folder))
            {
                return;
            }

            foreach (var used in graph[folder])
            {
                Visit(used, [.. path, folder]);
            }
        }
    }

    /// <summary>Each engine folder with the folders its files name (in a using, or as <c>AppealHandbook.X.</c>).</summary>
    private static Dictionary<string, HashSet<string>> Graph()
    {
        var engine = Path.Combine(Repository.Root, "appeal-handbook");
        return Folders.ToDictionary(folder => folder, folder => Directory
            .EnumerateFiles(Path.Combine(engine, folder), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => NamespaceUse().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Where(used => used != folder && Folders.Contains(used))
            .ToHashSet());
    }

    [GeneratedRegex(@"\bAppealHandbook\.(\w+)")]
    private static partial Regex NamespaceUse();
}
