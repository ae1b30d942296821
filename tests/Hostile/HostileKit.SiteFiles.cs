using System.Text;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Hostile;

/// <summary>Reading, editing and snapshotting a test site's files as bytes or text, exactly.</summary>
public static partial class HostileKit
{
    /// <summary>Every file and folder under <paramref name="folder"/> with its bytes (folders map to null).</summary>
    public static SortedDictionary<string, byte[]?> Snapshot(string folder)
    {
        var result = new SortedDictionary<string, byte[]?>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return result;
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var relative = Path.GetRelativePath(folder, entry);
            result[relative] = Directory.Exists(entry) ? null : File.ReadAllBytes(entry);
        }

        return result;
    }

    /// <summary>Fails when <paramref name="after"/> differs from <paramref name="before"/> in any path or byte.</summary>
    public static void AssertSameTree(SortedDictionary<string, byte[]?> before, SortedDictionary<string, byte[]?> after, string what)
    {
        var missing = before.Keys.Except(after.Keys, StringComparer.Ordinal).ToList();
        var added = after.Keys.Except(before.Keys, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0 && added.Count == 0,
            $"{what}: the folder changed. Missing: [{string.Join(", ", missing.Take(10))}] Added: [{string.Join(", ", added.Take(10))}]");
        foreach (var (path, bytes) in before)
        {
            var now = after[path];
            Assert.True(bytes is null ? now is null : now is not null && bytes.AsSpan().SequenceEqual(now), $"{what}: {path} changed.");
        }
    }

    /// <summary>The names directly in <paramref name="root"/>: a build may only touch <c>output/</c>.</summary>
    public static string[] TopLevel(string root) =>
        [.. Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    /// <summary>Writes raw bytes to a site file (creating its folder).</summary>
    public static void WriteBytes(TestSite site, string path, byte[] bytes)
    {
        var full = Path.Combine(site.Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    /// <summary>Writes text to a site file exactly (no line-ending changes).</summary>
    public static void WriteText(TestSite site, string path, string text) =>
        WriteBytes(site, path, new UTF8Encoding(false).GetBytes(text));

    /// <summary>The text of a site file.</summary>
    public static string ReadText(TestSite site, string path) => File.ReadAllText(Path.Combine(site.Root, path));

    /// <summary>The valid en article with its body (everything after the front matter) replaced by <paramref name="extra"/> appended after the required sections.</summary>
    public static void AppendToBody(TestSite site, string extra, string path = EnArticle) =>
        WriteText(site, path, ReadText(site, path) + "\n" + extra + "\n");

    /// <summary>A front matter field line replaced: <c>title: ...</c> becomes <paramref name="line"/>.</summary>
    public static void ReplaceField(TestSite site, string field, string line, string path = EnArticle)
    {
        var text = ReadText(site, path);
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.StartsWith(field + ":", StringComparison.Ordinal));
        Assert.True(index >= 0, $"{path} has no '{field}:' line");
        lines[index] = line;
        WriteText(site, path, string.Join('\n', lines));
    }

    /// <summary>The 1-based line of the first line of <paramref name="path"/> that starts with <paramref name="prefix"/>.</summary>
    public static int LineOf(TestSite site, string path, string prefix)
    {
        var lines = ReadText(site, path).Split('\n');
        var index = Array.FindIndex(lines, l => l.StartsWith(prefix, StringComparison.Ordinal));
        Assert.True(index >= 0, $"{path} has no line starting with '{prefix}'");
        return index + 1;
    }
}
