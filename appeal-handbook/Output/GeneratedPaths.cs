using AppealHandbook.Core;

namespace AppealHandbook.Output;

/// <summary>
/// Every path the build itself writes (pages, the sitemap, feeds, the search index, robots.txt,
/// the theme's assets) with what writes it, so that a static file from the input that would
/// take one of them, or need a folder where one is a file, is reported instead of silently
/// replacing it or failing the write with a message that names neither.
/// </summary>
internal sealed class GeneratedPaths
{
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _folders = new(StringComparer.Ordinal);

    /// <summary>Collects the pages and files the modules before <see cref="CopyAssets"/> produced.</summary>
    public GeneratedPaths(BuildState state)
    {
        foreach (var page in state.Pages.Where(p => p.IsFinished))
        {
            Add(page.OutputPath, page.Source is { } source ? $"the page built from {source.Path}" : $"the generated page /{page.Url}");
        }

        foreach (var file in state.Outputs)
        {
            Add(file.Path, $"the generated /{file.Path}");
        }
    }

    /// <summary>Records one more generated file.</summary>
    public void Add(string path, string what)
    {
        _files.TryAdd(path, what);
        for (var slash = path.IndexOf('/'); slash >= 0; slash = path.IndexOf('/', slash + 1))
        {
            _folders.TryAdd(path[..slash], what);
        }
    }

    /// <summary>
    /// What a file at <paramref name="path"/> would clash with: a generated file at the same path,
    /// a generated file where one of its folders must be, or a generated folder at its path.
    /// </summary>
    public string? Clash(string path)
    {
        if (_files.TryGetValue(path, out var same))
        {
            return $"{same}, which is written at the same path /{path}";
        }

        for (var slash = path.IndexOf('/'); slash >= 0; slash = path.IndexOf('/', slash + 1))
        {
            if (_files.TryGetValue(path[..slash], out var file))
            {
                return $"{file}: /{path[..slash]} is a file, so it cannot also be a folder holding /{path}";
            }
        }

        return _folders.TryGetValue(path, out var folder) ? $"{folder}, which needs /{path} to be a folder" : null;
    }
}
