using System.IO.Enumeration;
using System.IO.Hashing;
using System.Text;
using AppealHandbook.Core;

namespace AppealHandbook.Cache;

/// <summary>
/// One hash of everything a page may read besides the articles: every file under the input
/// folder that is not an article (site.yml, data, glossary, notice phrases, building blocks,
/// layouts, strings, static files), every file of the theme, the day (a date in the future is
/// warned about), and the build's options. When it changes, no page is reused.
/// </summary>
/// <remarks>
/// Symbolic links are hashed as their target's name and never followed, and only regular files
/// with a length are read (a FIFO or device would block): hashing reads nothing the build
/// itself would refuse to read.
/// </remarks>
internal static class InputFingerprint
{
    /// <summary>The hash for a build with <paramref name="options"/>.</summary>
    public static ContentHash Of(BuildOptions options)
    {
        var hash = ContentHash.Incremental();
        Add(hash, OptionsKey(options));
        Add(hash, DateOnly.FromDateTime(DateTime.UtcNow).ToString("O"));
        var input = Path.GetFullPath(options.InputDirectory);
        Folder(hash, "input", input, skip: path => IsArticle(input, path));
        Folder(hash, "theme", Path.GetFullPath(options.ThemeDirectory), skip: _ => false);
        return ContentHash.Of(hash);
    }

    /// <summary>The options a cache is made for: the folders, the base path, and whether built links are checked.</summary>
    public static string OptionsKey(BuildOptions options) => string.Join('\n',
        Path.GetFullPath(options.InputDirectory),
        Path.GetFullPath(options.OutputDirectory),
        Path.GetFullPath(options.ThemeDirectory),
        options.BasePath ?? "",
        options.DisplayRoot ?? "",
        options.CheckBuiltLinks);

    /// <summary>An article file: <c>{lang}/*.md</c> directly in the input (they are hashed one by one, <see cref="RestoreArticles"/>).</summary>
    private static bool IsArticle(string input, string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
        && Path.GetDirectoryName(path) is { } folder
        && Language.All.Any(lang => folder == Path.Combine(input, lang));

    private static void Folder(XxHash128 hash, string name, string root, Func<string, bool> skip)
    {
        Add(hash, name);
        if (!Directory.Exists(root))
        {
            Add(hash, "missing");
            return;
        }

        var pending = new Stack<string>([root]);
        var entries = new List<FileSystemInfo>();
        var options = new EnumerationOptions { IgnoreInaccessible = false, AttributesToSkip = 0 };
        while (pending.Count > 0)
        {
            try
            {
                // Skipped files (ten thousand articles at 10,000 pages) are passed by on their name
                // alone, before anything asks the file system about them.
                var listing = new FileSystemEnumerable<FileSystemInfo>(pending.Pop(), (ref FileSystemEntry entry) => entry.ToFileSystemInfo(), options)
                {
                    ShouldIncludePredicate = (ref FileSystemEntry entry) => entry.IsDirectory || !skip(entry.ToFullPath()),
                };
                foreach (var entry in listing)
                {
                    if (entry is DirectoryInfo folder && folder.LinkTarget is null)
                    {
                        pending.Push(folder.FullName);
                    }

                    entries.Add(entry);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Add(hash, "unreadable folder");
            }
        }

        // Folders were kept above whatever their name (a folder named like an article holds static
        // files to walk); here an entry named like an article is left out of the hash, as before.
        foreach (var entry in entries.Where(e => !skip(e.FullName)).OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            Add(hash, Path.GetRelativePath(root, entry.FullName));
            if (entry.LinkTarget is { } target)
            {
                Add(hash, "link " + target);
            }
            else if (entry is FileInfo file)
            {
                Add(hash, file.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
                AddContent(hash, file);
            }
        }
    }

    private static void AddContent(XxHash128 hash, FileInfo file)
    {
        if (file.Length == 0)
        {
            return;
        }

        try
        {
            hash.Append(File.ReadAllBytes(file.FullName));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Add(hash, "unreadable");
        }
    }

    private static void Add(XxHash128 hash, string text)
    {
        hash.Append(Encoding.UTF8.GetBytes(text));
        hash.Append([0]);
    }
}
