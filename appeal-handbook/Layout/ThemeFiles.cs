using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace AppealHandbook.Layout;

/// <summary>
/// The layout folders' files read once, when the theme loads, and served to Fluid's
/// <c>include</c> from memory: every page of a build renders with the same partials even if a
/// file changes half-way (preview rebuilds while people edit), and no include touches the disk.
/// </summary>
/// <remarks>
/// The first folder holding a path wins, so <c>input/layouts/</c> overrides the theme's.
/// </remarks>
internal sealed class ThemeFiles : IFileProvider
{
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly DateTimeOffset _loaded = DateTimeOffset.UtcNow;

    /// <summary>Reads every file under <paramref name="folders"/>, in order of precedence.</summary>
    public ThemeFiles(IEnumerable<string> folders)
    {
        foreach (var folder in folders)
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.liquid", SearchOption.AllDirectories))
            {
                var path = Path.GetRelativePath(folder, file).Replace('\\', '/');
                if (_files.ContainsKey(path))
                {
                    continue;
                }

                try
                {
                    // A length of zero is an empty partial, or a FIFO or device that would block a read forever: read neither.
                    _files[path] = new FileInfo(file).Length == 0 ? [] : File.ReadAllBytes(file);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Left out: an include of it fails with the template's name, like a missing partial.
                }
            }
        }
    }

    /// <inheritdoc />
    public IFileInfo GetFileInfo(string subpath) =>
        _files.TryGetValue(subpath.Replace('\\', '/').TrimStart('/'), out var bytes)
            ? new InMemoryFile(Path.GetFileName(subpath), bytes, _loaded)
            : new NotFoundFileInfo(subpath);

    /// <inheritdoc />
    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    /// <inheritdoc />
    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class InMemoryFile(string name, byte[] bytes, DateTimeOffset modified) : IFileInfo
    {
        public bool Exists => true;

        public long Length => bytes.Length;

        public string? PhysicalPath => null;

        public string Name => name;

        public DateTimeOffset LastModified => modified;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => new MemoryStream(bytes, writable: false);
    }
}
