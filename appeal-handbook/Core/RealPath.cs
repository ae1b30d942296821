namespace AppealHandbook.Core;

/// <summary>
/// Where a path really leads once every symbolic link along it is followed, and whether that is
/// inside a folder: the one test the build applies before it reads or publishes any file.
/// </summary>
/// <remarks>
/// Links are resolved one path component at a time, as the operating system does, so a link
/// whose target holds <c>..</c> or further links cannot hide where it leads. A chain of more
/// than 40 links (the Linux limit) is treated as a loop.
/// </remarks>
public static class RealPath
{
    private const int MaxLinks = 40;

    /// <summary>
    /// Whether <paramref name="file"/> is a symbolic link, from the status the file system gave
    /// with it (asking for the link's target would be one more call per file). A missing file is not.
    /// </summary>
    public static bool IsLink(FileSystemInfo file) =>
        file.Attributes is var attributes && (int)attributes != -1 && (attributes & FileAttributes.ReparsePoint) != 0;

    /// <summary>The real full path of <paramref name="path"/>; null when its links loop or cannot be read.</summary>
    public static string? Of(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var pending = new Stack<string>(Parts(full[root.Length..]).Reverse());
        var current = root;
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return null;
            }

            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            // The target's own components are resolved in turn, from the link's folder or from the root.
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target) ?? root;
                target = target[current.Length..];
            }

            foreach (var targetPart in Parts(target).Reverse())
            {
                pending.Push(targetPart);
            }
        }

        return current;
    }

    /// <summary>Whether <paramref name="path"/> really is <paramref name="folder"/> or lies inside it (both resolved).</summary>
    public static bool IsInside(string path, string folder)
    {
        var real = Of(path);
        var root = Of(folder) is { } resolved ? Path.TrimEndingDirectorySeparator(resolved) : null;
        return real is not null && root is not null
            && (real == root || real.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal));
    }

    private static IEnumerable<string> Parts(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
