using System.Security.Cryptography;
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
    public static UInt128 Of(BuildOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, OptionsKey(options));
        Add(hash, DateOnly.FromDateTime(DateTime.UtcNow).ToString("O"));
        var input = Path.GetFullPath(options.InputDirectory);
        Folder(hash, "input", input, skip: path => IsArticle(input, path));
        Folder(hash, "theme", Path.GetFullPath(options.ThemeDirectory), skip: _ => false);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        hash.GetHashAndReset(digest);
        return new UInt128(BitConverter.ToUInt64(digest[..8]), BitConverter.ToUInt64(digest[8..16]));
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

    private static void Folder(IncrementalHash hash, string name, string root, Func<string, bool> skip)
    {
        Add(hash, name);
        if (!Directory.Exists(root))
        {
            Add(hash, "missing");
            return;
        }

        var pending = new Stack<string>([root]);
        var entries = new List<FileSystemInfo>();
        while (pending.Count > 0)
        {
            try
            {
                foreach (var entry in new DirectoryInfo(pending.Pop()).EnumerateFileSystemInfos())
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

    private static void AddContent(IncrementalHash hash, FileInfo file)
    {
        if (file.Length == 0)
        {
            return;
        }

        try
        {
            hash.AppendData(File.ReadAllBytes(file.FullName));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Add(hash, "unreadable");
        }
    }

    private static void Add(IncrementalHash hash, string text)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        hash.AppendData([0]);
    }
}
