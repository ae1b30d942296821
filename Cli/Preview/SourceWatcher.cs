namespace AppealHandbook.Cli.Preview;

/// <summary>
/// Watches the input and theme folders and reports the files that changed, once per burst of
/// saves: editors save in bursts (temporary file, rename, touch), and one rebuild per burst is enough.
/// </summary>
internal sealed class SourceWatcher : IDisposable
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Action<string[]> _onChanged;
    private Timer? _debounce;

    /// <summary>Watches <paramref name="folders"/>; <paramref name="onChanged"/> gets the paths changed in each burst.</summary>
    public SourceWatcher(IEnumerable<string> folders, Action<string[]> onChanged)
    {
        _onChanged = onChanged;
        foreach (var folder in folders)
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Changed += (_, e) => Schedule(e.FullPath);
            watcher.Created += (_, e) => Schedule(e.FullPath);
            watcher.Deleted += (_, e) => Schedule(e.FullPath);
            watcher.Renamed += (_, e) => Schedule(e.FullPath, e.OldFullPath);
            _watchers.Add(watcher);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        lock (_gate)
        {
            _debounce?.Dispose();
        }
    }

    private void Schedule(params string[] paths)
    {
        lock (_gate)
        {
            _changed.UnionWith(paths.Where(IsContent));
            _debounce?.Dispose();
            _debounce = new Timer(_ => Flush(), null, 30, Timeout.Infinite);
        }
    }

    private void Flush()
    {
        string[] changed;
        lock (_gate)
        {
            changed = [.. _changed];
            _changed.Clear();
        }

        if (changed.Length > 0)
        {
            _onChanged(changed);
        }
    }

    /// <summary>Editors' and tools' temporary files (.swp, sedXYZ, 4913, name~) trigger no rebuild.</summary>
    private static bool IsContent(string path)
    {
        var name = Path.GetFileName(path);
        var extension = Path.GetExtension(name);
        return extension.Length > 1 && !name.StartsWith('.') && !name.EndsWith('~')
            && extension is not (".swp" or ".swx" or ".tmp" or ".bak");
    }
}
