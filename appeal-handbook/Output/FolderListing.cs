using System.IO.Enumeration;

namespace AppealHandbook.Output;

/// <summary>
/// The files under a folder with their length and last write time, by path relative to it
/// (<c>/</c>-separated), as one walk finds them. It is taken apart from the comparison with what
/// a build recorded (<see cref="OutputReuse.Verified(FolderListing?, IReadOnlyDictionary{string, FileStamp}?)"/>)
/// so that the walk, tens of thousands of entries at 10,000 pages, can run while the record is read.
/// </summary>
public sealed class FolderListing
{
    private FolderListing(Dictionary<string, (long Length, long ModifiedTicks)> files) => Files = files;

    /// <summary>Each file's length and last write time (UTC ticks).</summary>
    public IReadOnlyDictionary<string, (long Length, long ModifiedTicks)> Files { get; }

    /// <summary>
    /// The listing of <paramref name="folder"/>; null when it is missing, is a link, holds a link
    /// or cannot be read whole (then nothing in it can be known).
    /// </summary>
    public static FolderListing? Of(string folder)
    {
        if (!Directory.Exists(folder) || new DirectoryInfo(folder).LinkTarget is not null)
        {
            return null;
        }

        try
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = 0 };
            var root = folder.Length + 1;
            var files = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
            var linked = false;
            // Entries are read without making a FileInfo each: a 10,000-page site has 32,000 of them.
            var entries = new FileSystemEnumerable<(string? Path, long Length, long Ticks)>(folder, (ref FileSystemEntry entry) =>
            {
                if ((entry.Attributes & FileAttributes.ReparsePoint) != 0)
                {
                    linked = true;
                    return (null, 0, 0);
                }

                if (entry.IsDirectory)
                {
                    return (null, 0, 0);
                }

                var path = string.Concat(entry.Directory.Length > folder.Length ? entry.Directory[root..] : "", entry.Directory.Length > folder.Length ? "/" : "", entry.FileName);
                if (Path.DirectorySeparatorChar != '/')
                {
                    path = path.Replace(Path.DirectorySeparatorChar, '/');
                }

                return (path, entry.Length, entry.LastWriteTimeUtc.UtcTicks);
            }, options);
            foreach (var (path, length, ticks) in entries)
            {
                if (linked)
                {
                    return null;
                }

                if (path is not null)
                {
                    files[path] = (length, ticks);
                }
            }

            return linked ? null : new FolderListing(files);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
