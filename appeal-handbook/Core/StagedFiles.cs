using System.Collections.Concurrent;

namespace AppealHandbook.Core;

/// <summary>
/// The folder a build writes its files into as it makes them, before the site is swapped into
/// place (<c>WriteSite</c>), so a finished page or index file can let go of its bytes at once
/// instead of every one being held until the end.
/// </summary>
/// <remarks>
/// Holding every page until the write made a build's peak memory grow with the site (about
/// 30 KiB a page), and left the writing to one step after all the rendering. Nothing here is
/// visible until the swap: a build that fails deletes the folder, so the output stays all or
/// nothing. A write that fails is kept as <see cref="Failure"/> (later writes are skipped) and
/// reported once, where the site would have been written.
/// </remarks>
public sealed class StagedFiles
{
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private string? _failure;

    /// <summary>Files go under <paramref name="folder"/>, which is made at the first write.</summary>
    public StagedFiles(string folder)
    {
        Folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
    }

    /// <summary>The full path of the staging folder.</summary>
    public string Folder { get; }

    /// <summary>Why a write failed (the first failure), or null while every write succeeded.</summary>
    public string? Failure => Volatile.Read(ref _failure);

    /// <summary>Writes <paramref name="bytes"/> at <paramref name="path"/> (relative, forward slashes), replacing a file already there.</summary>
    public void Write(string path, ReadOnlySpan<byte> bytes)
    {
        using var handle = Create(path);
        try
        {
            if (handle is not null)
            {
                RandomAccess.Write(handle, bytes, 0);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Interlocked.CompareExchange(ref _failure, ex.Message, null);
        }
    }

    /// <summary>Writes <paramref name="parts"/> one after the other at <paramref name="path"/>, replacing a file already there.</summary>
    public void Write(string path, IReadOnlyList<ReadOnlyMemory<byte>> parts)
    {
        using var handle = Create(path);
        try
        {
            long offset = 0;
            foreach (var part in handle is null ? [] : parts)
            {
                RandomAccess.Write(handle!, part.Span, offset);
                offset += part.Length;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Interlocked.CompareExchange(ref _failure, ex.Message, null);
        }
    }

    /// <summary>The file at <paramref name="path"/>, opened for writing with its folder made; null once a write has failed.</summary>
    private Microsoft.Win32.SafeHandles.SafeFileHandle? Create(string path)
    {
        if (Failure is not null)
        {
            return null; // the build will fail at the write: more files would only be deleted again
        }

        try
        {
            var target = Target(path);
            var folder = Path.GetDirectoryName(target)!;
            if (!_folders.ContainsKey(folder))
            {
                Directory.CreateDirectory(folder);
                _folders.TryAdd(folder, true);
            }

            return Open(target);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            Interlocked.CompareExchange(ref _failure, ex.Message, null);
            return null;
        }
    }

    /// <summary>
    /// A new file, or the file already at <paramref name="target"/> emptied. Almost every file is
    /// new: opening it as new spares the truncation that replacing would cost each of them.
    /// </summary>
    private static Microsoft.Win32.SafeHandles.SafeFileHandle Open(string target)
    {
        try
        {
            return File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write);
        }
        catch (IOException) when (File.Exists(target))
        {
            return File.OpenHandle(target, FileMode.Create, FileAccess.Write);
        }
    }

    /// <summary>Deletes the folder and everything written so far; a failure is ignored (a leftover is named to be easy to spot).</summary>
    public void Delete()
    {
        try
        {
            if (Directory.Exists(Folder))
            {
                Directory.Delete(Folder, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Removed by a later build once this process has ended.
        }
    }

    /// <summary>The full path of <paramref name="path"/> in the folder, refusing anything that would land outside it.</summary>
    private string Target(string path)
    {
        var target = Path.GetFullPath(Path.Combine(Folder, path));
        if (!target.StartsWith(Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            // Keys and paths are validated long before this; this is the last line of defence.
            throw new InvalidOperationException($"Refusing to write '{path}' outside the output folder.");
        }

        return target;
    }
}
