using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;


namespace AppealHandbook.Layout;

/// <summary>
/// The layout folders' templates read once, when the theme loads: the layouts are parsed from
/// them and Fluid's <c>include</c> is served from them, so every page of a build renders with the
/// same files even if one changes half-way (preview rebuilds while people edit), and no include
/// touches the disk.
/// </summary>
/// <remarks>
/// The first folder holding a path wins, so <c>input/layouts/</c> overrides the theme's.
/// </remarks>
internal sealed class ThemeFiles : IFileProvider
{
    private readonly SortedDictionary<string, (string FullPath, byte[] Bytes)> _files = new(StringComparer.Ordinal);
    private readonly DateTimeOffset _loaded = DateTimeOffset.UtcNow;

    /// <summary>Reads every <c>.liquid</c> file under <paramref name="folders"/>, in order of precedence.</summary>
    /// <param name="folders">The layout folders, the overriding one first.</param>
    /// <param name="list">Lists a folder's <c>.liquid</c> files; the build passes one that never leaves the input or theme folder.</param>
    public ThemeFiles(IEnumerable<string> folders, Func<string, IEnumerable<string>>? list = null)
    {
        list ??= folder => Directory.EnumerateFiles(folder, "*.liquid", SearchOption.AllDirectories);
        foreach (var folder in folders)
        {
            foreach (var file in list(folder))
            {
                var path = Path.GetRelativePath(folder, file).Replace('\\', '/');
                if (_files.ContainsKey(path))
                {
                    continue;
                }

                try
                {
                    // A length of zero is an empty template, or a FIFO or device that would block a read forever: read neither.
                    _files[path] = (file, new FileInfo(file).Length == 0 ? [] : File.ReadAllBytes(file));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Left out: a layout or include of it fails with the template's name, like a missing one.
                }
            }
        }
    }

    /// <summary>The top-level templates (the layouts, not the partials), by name without extension, in ordinal order.</summary>
    public IEnumerable<(string Name, string FullPath, byte[] Bytes)> Layouts =>
        _files.Where(f => !f.Key.Contains('/', StringComparison.Ordinal))
            .Select(f => (Path.GetFileNameWithoutExtension(f.Key), f.Value.FullPath, f.Value.Bytes));

    /// <summary>Every template, layouts and partials, by path (e.g. <c>partials/footer.liquid</c>), in ordinal order.</summary>
    public IEnumerable<(string Path, string FullPath, byte[] Bytes)> All => _files.Select(f => (f.Key, f.Value.FullPath, f.Value.Bytes));

    /// <summary>Whether a template with this path (e.g. <c>partials/footer.liquid</c>) exists.</summary>
    public bool Contains(string path) => _files.ContainsKey(path);

    /// <summary>The file a template path is read from, or null.</summary>
    public string? FullPathOf(string path) => _files.TryGetValue(path, out var file) ? file.FullPath : null;

    /// <inheritdoc />
    public IFileInfo GetFileInfo(string subpath) =>
        _files.TryGetValue(subpath.Replace('\\', '/').TrimStart('/'), out var file)
            ? new InMemoryFile(Path.GetFileName(subpath), file.Bytes, _loaded)
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
