using AppealHandbook.Core;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Core;

/// <summary><see cref="RealFolders"/> answers as <see cref="RealPath.IsInside"/> does, links and all.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class RealFoldersTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("handbook-real-folders-").FullName;

    [Fact]
    public void Files_of_a_folder_answer_as_the_path_resolved_in_full()
    {
        // Arrange: the input, a folder outside it, and every kind of link between them.
        var input = Directory.CreateDirectory(Path.Combine(_root, "input")).FullName;
        var outside = Directory.CreateDirectory(Path.Combine(_root, "outside")).FullName;
        Directory.CreateDirectory(Path.Combine(input, "zh"));
        File.WriteAllText(Path.Combine(input, "zh", "a.md"), "a");
        File.WriteAllText(Path.Combine(outside, "b.md"), "b");
        File.CreateSymbolicLink(Path.Combine(input, "zh", "to-outside.md"), Path.Combine(outside, "b.md"));
        File.CreateSymbolicLink(Path.Combine(input, "zh", "to-inside.md"), Path.Combine(input, "zh", "a.md"));
        Directory.CreateSymbolicLink(Path.Combine(input, "en"), outside);
        Directory.CreateSymbolicLink(Path.Combine(_root, "input-link"), input);
        string[] paths =
        [
            Path.Combine(input, "zh", "a.md"),
            Path.Combine(input, "zh", "to-outside.md"),
            Path.Combine(input, "zh", "to-inside.md"),
            Path.Combine(input, "en", "b.md"),
            Path.Combine(_root, "input-link", "zh", "a.md"),
            Path.Combine(outside, "b.md"),
        ];

        // Act
        var folders = new RealFolders(input);
        var answers = paths.Select(folders.IsInside).ToList();

        // Assert
        Assert.Equal(paths.Select(p => RealPath.IsInside(p, input)), answers);
        Assert.Equal([true, false, true, false, true, false], answers);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
