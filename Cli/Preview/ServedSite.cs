using System.Collections.Concurrent;
using AppealHandbook.Pipeline;

namespace AppealHandbook.Cli.Preview;

/// <summary>
/// The site preview serves, in memory, by path: each page or file as the build made it. One page
/// is replaced in place after a save; a full build swaps in a whole new site. Each replacement
/// bumps the version, which served pages carry so that their event stream can tell whether they
/// are out of date.
/// </summary>
/// <remarks>
/// Served from memory rather than from <c>output/</c>, so a rebuild costs no disk writes and a
/// failed rebuild keeps serving the last good site.
/// </remarks>
internal sealed class ServedSite
{
    private volatile ConcurrentDictionary<string, ReadOnlyMemory<byte>> _files = new(StringComparer.Ordinal);
    private int _version;

    /// <summary>The version of what is served now.</summary>
    public int Version => Volatile.Read(ref _version);

    /// <summary>Serves every page and file of <paramref name="result"/> instead of the previous site; returns the new version.</summary>
    public int Replace(BuildResult result)
    {
        var files = result.State.Pages
            .Where(p => p.HtmlUtf8 is not null)
            .Select(p => KeyValuePair.Create(p.OutputPath, (ReadOnlyMemory<byte>)p.HtmlUtf8))
            .Concat(result.State.Outputs.Select(o => KeyValuePair.Create(o.Path, o.Bytes)));
        _files = new ConcurrentDictionary<string, ReadOnlyMemory<byte>>(files, StringComparer.Ordinal);
        return Interlocked.Increment(ref _version);
    }

    /// <summary>Serves <paramref name="bytes"/> at <paramref name="path"/> in the current site; returns the new version.</summary>
    public int ReplaceOne(string path, ReadOnlyMemory<byte> bytes)
    {
        _files[path] = bytes;
        return Interlocked.Increment(ref _version);
    }

    /// <summary>
    /// The files and their version, read version first, so that a page is never stamped newer than
    /// its content (at worst older, which costs one needless reload).
    /// </summary>
    public (int Version, IReadOnlyDictionary<string, ReadOnlyMemory<byte>> Files) Snapshot()
    {
        var version = Version;
        return (version, _files);
    }
}
