using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace AppealHandbook.Core;

/// <summary>
/// What the modules of one build share: the options, the pages, the facts added so far, the files
/// to write and the diagnostics.
/// </summary>
/// <remarks>
/// Each module runs with a view of the state limited to its <see cref="ModuleContract"/>
/// (<see cref="For"/>): reading a fact it did not declare, or one no earlier module added, and adding
/// one it did not declare, throw, so a contract cannot drift from what the module does. Every view
/// shares one store, so what one module adds the next one reads.
/// </remarks>
public sealed class BuildState
{
    private readonly Store _store;
    private readonly IModule? _module;

    /// <summary>A new, empty state for one build.</summary>
    public BuildState(BuildOptions options)
        : this(new Store(options), null)
    {
    }

    private BuildState(Store store, IModule? module)
    {
        _store = store;
        _module = module;
    }

    /// <summary>The options of this build.</summary>
    public BuildOptions Options => _store.Options;

    /// <summary>Problems found so far.</summary>
    public DiagnosticBag Diagnostics => _store.Diagnostics;

    /// <summary>The site's pages, in a deterministic order.</summary>
    public ImmutableArray<Page> Pages
    {
        get => _store.Pages;
        set => _store.Pages = value;
    }

    /// <summary>The view of this state that <paramref name="module"/> runs with: only the facts its contract names.</summary>
    public BuildState For(IModule module) => new(_store, module);

    /// <summary>The value of <paramref name="fact"/>; throws when it was not declared or not added yet.</summary>
    public T Get<T>(Fact<T> fact)
        where T : notnull
    {
        if (_module is not null && !_module.Contract.Reads.Contains(fact))
        {
            throw new InvalidOperationException($"{_module.GetType().Name} reads {fact.Name} but its contract does not say so.");
        }

        return _store.Facts.TryGetValue(fact, out var value)
            ? (T)value
            : throw new InvalidOperationException($"{fact.Name} is read before any module added it.");
    }

    /// <summary>Whether <paramref name="fact"/> was added (a build stopped by errors may lack later facts).</summary>
    public bool Has(Fact fact) => _store.Facts.ContainsKey(fact);

    /// <summary>Adds or replaces the value of <paramref name="fact"/>; throws when the module did not declare it.</summary>
    public void Add<T>(Fact<T> fact, T value)
        where T : notnull
    {
        if (_module is not null && !_module.Contract.Adds.Contains(fact))
        {
            throw new InvalidOperationException($"{_module.GetType().Name} adds {fact.Name} but its contract does not say so.");
        }

        _store.Facts[fact] = value;
    }

    /// <summary>
    /// Where this build writes files as it makes them (<see cref="StagedFiles"/>), or null when
    /// they are held until <c>WriteSite</c>: when nothing is written, or when a later module reads
    /// every finished page back (<see cref="BuildOptions.CheckBuiltLinks"/>).
    /// </summary>
    public StagedFiles? Staged
    {
        get => _store.Staged;
        set => _store.Staged = value;
    }

    /// <summary>Adds or replaces a file to write; with <see cref="Staged"/>, writes it now and keeps only its path.</summary>
    public void AddOutput(OutputFile file)
    {
        if (_store.Staged is { } staged && !file.Staged)
        {
            staged.Write(file.Path, file.Bytes.Span);
            file = file with { Bytes = ReadOnlyMemory<byte>.Empty, Staged = true };
        }

        _store.Outputs[file.Path] = file;
    }

    /// <summary>Files added by modules (pages are written separately), sorted by path.</summary>
    public IReadOnlyList<OutputFile> Outputs => [.. _store.Outputs.Values.OrderBy(f => f.Path, StringComparer.Ordinal)];

    /// <summary>
    /// A new state holding everything <paramref name="previous"/> produced but its diagnostics,
    /// for a rebuild that replaces only some pages.
    /// </summary>
    public static BuildState ContinueFrom(BuildState previous)
    {
        var store = new Store(previous.Options) { Pages = previous.Pages };
        foreach (var (fact, value) in previous._store.Facts)
        {
            store.Facts[fact] = value;
        }

        foreach (var (path, file) in previous._store.Outputs)
        {
            store.Outputs[path] = file;
        }

        return new BuildState(store, null);
    }

    /// <summary>Path of a file for messages: relative to the repository root when it is inside it.</summary>
    public string DisplayPath(string fullPath)
    {
        var root = Options.DisplayRoot ?? Path.GetDirectoryName(Path.GetFullPath(Options.InputDirectory)) ?? "";
        var relative = Path.GetRelativePath(root, fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative).Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>What every view of one build shares.</summary>
    private sealed class Store(BuildOptions options)
    {
        public BuildOptions Options { get; } = options;

        public DiagnosticBag Diagnostics { get; } = new();

        public ImmutableArray<Page> Pages { get; set; } = [];

        public ConcurrentDictionary<Fact, object> Facts { get; } = new();

        public ConcurrentDictionary<string, OutputFile> Outputs { get; } = new(StringComparer.Ordinal);

        public StagedFiles? Staged { get; set; }
    }
}
