using System.IO.Enumeration;

namespace AppealHandbook.Core;

/// <summary>
/// Lists the files of a folder the build reads (articles' static files, data, layouts, assets,
/// the theme) without ever leaving its root: the one rule for every folder, so that a symbolic
/// link in a pull request cannot publish a file the build machine can read.
/// </summary>
/// <remarks>
/// A symbolic link whose real path is outside the root is reported (AH001) and left out. A link
/// to a file inside the root is read like the file. A link to a folder inside the root is not
/// followed: its files are already listed where they really are, and a link back up the tree
/// would otherwise loop.
/// </remarks>
public static class RootedFiles
{
    /// <summary>The files under <paramref name="folder"/> matching <paramref name="pattern"/>, in ordinal order.</summary>
    /// <param name="folder">Where to look.</param>
    /// <param name="root">The folder nothing may lead out of (the input folder or the theme folder).</param>
    /// <param name="pattern">A file name pattern such as <c>*.liquid</c>.</param>
    /// <param name="recurse">Whether to look in subfolders.</param>
    /// <param name="diagnostics">Where links that leave the root are reported.</param>
    /// <param name="display">Turns a full path into the path shown in messages.</param>
    /// <param name="skip">Entries (files or folders) another module reads or that are never published: not listed, not looked into.</param>
    public static List<string> List(string folder, string root, string pattern, bool recurse, DiagnosticBag diagnostics, Func<string, string> display, Func<string, bool>? skip = null)
    {
        var files = new List<string>();
        if (!Directory.Exists(folder))
        {
            return files;
        }

        if (!IsContained(folder, root, diagnostics, display))
        {
            return files;
        }

        Walk(folder, root, pattern, recurse, diagnostics, display, skip ?? (_ => false), files);
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>
    /// Whether <paramref name="path"/> really lies inside <paramref name="root"/>; when it does not,
    /// reports it (AH001) naming the link and the fix.
    /// </summary>
    public static bool IsContained(string path, string root, DiagnosticBag diagnostics, Func<string, string> display)
    {
        if (RealPath.IsInside(path, root))
        {
            return true;
        }

        var where = RealPath.Of(path) is null ? "a symbolic link that loops or cannot be followed" : "a symbolic link to a place outside " + display(Path.GetFullPath(root));
        diagnostics.Error(display(Path.GetFullPath(path)), 0, 0, DiagnosticCodes.UnreadableFile,
            $"This is {where}; the build reads and publishes nothing from outside its folders. Replace the link with the file itself.");
        return false;
    }

    private static void Walk(string folder, string root, string pattern, bool recurse, DiagnosticBag diagnostics, Func<string, string> display, Func<string, bool> skip, List<string> files)
    {
        IEnumerable<FileSystemInfo> entries;
        try
        {
            // Skipped entries (the input's ten thousand articles at 10,000 pages) are passed by on
            // their path alone, before anything asks the file system about them.
            entries = [.. new FileSystemEnumerable<FileSystemInfo>(folder, (ref FileSystemEntry entry) => entry.ToFileSystemInfo(),
                new EnumerationOptions { IgnoreInaccessible = false, AttributesToSkip = 0, RecurseSubdirectories = false })
            {
                ShouldIncludePredicate = (ref FileSystemEntry entry) => !skip(entry.ToFullPath()),
            }];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(display(folder), 0, 0, DiagnosticCodes.UnreadableFile, $"The folder cannot be read ({ex.Message}). Check its permissions.");
            return;
        }

        foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var isFolder = entry is DirectoryInfo;
            if (entry.LinkTarget is not null)
            {
                if (!IsContained(entry.FullName, root, diagnostics, display) || Directory.Exists(entry.FullName))
                {
                    continue;
                }
            }
            else if (isFolder)
            {
                if (recurse)
                {
                    Walk(entry.FullName, root, pattern, recurse, diagnostics, display, skip, files);
                }

                continue;
            }

            if (FileSystemName.MatchesSimpleExpression(pattern, entry.Name))
            {
                files.Add(entry.FullName);
            }
        }
    }
}
