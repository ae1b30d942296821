using AppealHandbook.Core;

namespace AppealHandbook.Output;

/// <summary>
/// Writes the site while reusing what the previous builds left on disk: the output folder, and
/// the spare folder beside it (<c>.output.spare</c>) that holds the site before that. The spare
/// is brought up to date (only files that differ are deleted, linked or written) and then swapped
/// with the output in one step, so the write keeps the all-or-nothing property of
/// <see cref="WriteSite"/> at a cost that follows what changed, not the size of the site.
/// </summary>
/// <remarks>
/// The output and the spare share most files as hard links: such a file is never changed in place,
/// but replaced by a new file under the same name. A file only the spare has (its content is not
/// the output's) is written over in place, which spares finding new memory for its pages. The
/// build cache records each folder's files (<see cref="FileStamp"/>) and hands them back verified
/// (<see cref="Verified(FolderListing?, IReadOnlyDictionary{string, FileStamp}?)"/>): a folder
/// changed behind the build's back is unknown, and then nothing in it is reused.
/// Deleting the previous site, the slowest step of a clean write on a busy file system, is not
/// needed: it becomes the next build's spare.
/// </remarks>
/// <param name="outputFiles">The output folder's files as the previous build wrote them, verified; null when unknown.</param>
/// <param name="spareFiles">The spare folder's files, verified; null when unknown or absent. Only the write needs them: they may still be being checked while the pages are made.</param>
public sealed class OutputReuse(IReadOnlyDictionary<string, FileStamp>? outputFiles, Task<IReadOnlyDictionary<string, FileStamp>?> spareFiles)
{
    /// <summary>A write with the spare folder's files known now.</summary>
    public OutputReuse(IReadOnlyDictionary<string, FileStamp>? outputFiles, IReadOnlyDictionary<string, FileStamp>? spareFiles)
        : this(outputFiles, Task.FromResult(spareFiles))
    {
    }

    /// <summary>The output folder's files as the previous build wrote them, verified; null when unknown.</summary>
    public IReadOnlyDictionary<string, FileStamp>? OutputFiles => outputFiles;

    /// <summary>After a write: the output folder's files.</summary>
    public IReadOnlyDictionary<string, FileStamp>? WrittenOutput { get; private set; }

    /// <summary>After a write: the spare folder's files (the previous site); null when unknown.</summary>
    public IReadOnlyDictionary<string, FileStamp>? WrittenSpare { get; private set; }

    /// <summary>Files deleted, linked from the output and written in the last write, for timings and tests.</summary>
    public (int Deleted, int Linked, int Written) Counts { get; private set; }

    /// <summary>The spare folder of <paramref name="output"/>: beside it, so that the two can be swapped.</summary>
    public static string SparePath(string output) =>
        Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.spare");

    /// <summary>
    /// <paramref name="recorded"/> when <paramref name="folder"/> holds exactly those files, each
    /// with its recorded length and write time, and no link; otherwise null (the folder is unknown).
    /// </summary>
    public static IReadOnlyDictionary<string, FileStamp>? Verified(string folder, IReadOnlyDictionary<string, FileStamp>? recorded) =>
        recorded is null ? null : Verified(FolderListing.Of(folder), recorded);

    /// <summary>
    /// <paramref name="recorded"/> when <paramref name="listing"/> holds exactly those files, each
    /// with its recorded length and write time; otherwise null (the folder is unknown).
    /// </summary>
    public static IReadOnlyDictionary<string, FileStamp>? Verified(FolderListing? listing, IReadOnlyDictionary<string, FileStamp>? recorded)
    {
        if (listing is null || recorded is null || listing.Files.Count != recorded.Count)
        {
            return null;
        }

        foreach (var (path, (length, ticks)) in listing.Files)
        {
            if (!recorded.TryGetValue(path, out var stamp) || stamp.Length != length || stamp.ModifiedTicks != ticks)
            {
                return null;
            }
        }

        return recorded;
    }

    /// <summary>
    /// Writes <paramref name="files"/> (bytes, or null for a file kept as the output has it) as the
    /// new <paramref name="output"/>; throws <see cref="IOException"/> and the like on failure, and
    /// then the output is as it was.
    /// </summary>
    public void Write(string output, IReadOnlyList<(string Path, ReadOnlyMemory<byte>? Bytes)> files, int parallelism)
    {
        var spare = SparePath(output);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var staged = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
        if (spareFiles.Result is { } spareKnown && Directory.Exists(spare))
        {
            staged = new Dictionary<string, FileStamp>(spareKnown, StringComparer.Ordinal);
        }
        else if (File.Exists(spare) || new DirectoryInfo(spare).LinkTarget is not null)
        {
            File.Delete(spare); // a file or a link where the spare belongs (the link, not what it leads to)
        }
        else if (Directory.Exists(spare))
        {
            // Unknown content: nothing in it can be trusted.
            Directory.Delete(spare, recursive: true);
        }

        // The spare is about to change: until the swap below it is no longer the folder the cache recorded.
        WrittenSpare = null;
        Directory.CreateDirectory(spare);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) };
        var wanted = new (string Path, string Target, ReadOnlyMemory<byte>? Bytes, ContentHash Hash)[files.Count];
        Parallel.For(0, files.Count, parallel, i =>
        {
            var (path, bytes) = files[i];
            var hash = bytes is { } b ? FileStamp.HashOf(b.Span)
                : outputFiles is not null && outputFiles.TryGetValue(path, out var kept) ? kept.Hash
                : throw new InvalidOperationException($"'{path}' was to be kept from the previous output, which does not have it.");
            wanted[i] = (path, WriteSite.Target(spare, path), bytes, hash);
        });

        var byPath = wanted.ToDictionary(w => w.Path, StringComparer.Ordinal);
        var deleted = 0;
        var rewritten = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, stamp) in staged.ToList())
        {
            if (!byPath.TryGetValue(path, out var want) || want.Hash != stamp.Hash)
            {
                staged.Remove(path);
                if (want.Bytes is not null && !SharedWithOutput(path, stamp) && !InOutput(path, want.Hash, out _))
                {
                    // The spare's own file, to be written with new bytes: written over, in place.
                    rewritten.Add(path);
                    continue;
                }

                File.Delete(WriteSite.Target(spare, path));
                deleted++;
                if (want.Path is null)
                {
                    RemoveEmptyFolders(spare, Path.GetDirectoryName(WriteSite.Target(spare, path))!);
                }
            }
        }

        var toMake = wanted.Where(w => !staged.ContainsKey(w.Path)).ToList();
        foreach (var folder in toMake.Select(w => Path.GetDirectoryName(w.Target)!).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(folder);
        }

        var made = new FileStamp[toMake.Count];
        var linked = 0;
        Parallel.For(0, toMake.Count, parallel, i =>
        {
            var (path, target, bytes, hash) = toMake[i];
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true); // a folder of the older site where this build writes a file
            }

            if (InOutput(path, hash, out var previous))
            {
                HardLink.Create(Path.Combine(output, path), target);
                Interlocked.Increment(ref linked);
                made[i] = previous;
                return;
            }

            // A file written over keeps its pages in memory: no new ones to find for tens of megabytes (the print edition).
            using (var handle = File.OpenHandle(target, rewritten.Contains(path) ? FileMode.Open : FileMode.CreateNew, FileAccess.Write))
            {
                RandomAccess.Write(handle, bytes!.Value.Span, 0);
                RandomAccess.SetLength(handle, bytes.Value.Length);
            }

            var info = new FileInfo(target);
            made[i] = new FileStamp(hash, info.Length, info.LastWriteTimeUtc.Ticks);
        });

        for (var i = 0; i < toMake.Count; i++)
        {
            staged[toMake[i].Path] = made[i];
        }

        Swap(spare, output);
        WrittenOutput = staged;
        WrittenSpare = outputFiles;
        Counts = (deleted, linked, toMake.Count - linked);
    }

    /// <summary>
    /// Whether the spare's file at <paramref name="path"/> may be the output's file too (one file
    /// under two names): its recorded content is the output's. Such a file is never changed in place.
    /// </summary>
    private bool SharedWithOutput(string path, FileStamp spareStamp) =>
        outputFiles is null || (outputFiles.TryGetValue(path, out var kept) && kept.Hash == spareStamp.Hash);

    /// <summary>Whether the output has <paramref name="path"/> with content <paramref name="hash"/> (<paramref name="kept"/>): the file is linked from there, not written.</summary>
    private bool InOutput(string path, ContentHash hash, out FileStamp kept)
    {
        kept = default;
        return outputFiles is not null && outputFiles.TryGetValue(path, out kept) && kept.Hash == hash;
    }

    /// <summary>The staged site becomes the output; the previous output becomes the spare.</summary>
    private static void Swap(string spare, string output)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(spare, output);
        }
        else if (!FolderExchange.TryExchange(spare, output))
        {
            var aside = spare + ".swap";
            Directory.Move(output, aside);
            Directory.Move(spare, output);
            Directory.Move(aside, spare);
        }
    }

    private static void RemoveEmptyFolders(string root, string folder)
    {
        while (folder.Length > root.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }
}
