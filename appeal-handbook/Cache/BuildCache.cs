using System.Collections.Concurrent;
using System.Collections.Immutable;
using AppealHandbook.Core;
using AppealHandbook.Output;

namespace AppealHandbook.Cache;

/// <summary>
/// The build cache for one build: opened before it (the previous build's records, checked
/// against the inputs and the output folder as they are now), filled while it runs
/// (<see cref="RestoreArticles"/>, <see cref="RecordArticles"/>) and saved after it succeeds.
/// </summary>
/// <remarks>
/// <para>
/// Pages are reused only when every input but the articles is unchanged
/// (<see cref="InputFingerprint"/>), the same articles exist, each edited one still shows other
/// pages what it showed before (<see cref="ArticleSignature"/>), and the output folder holds exactly
/// the files the previous build wrote. Otherwise every page is built, and the write still reuses
/// files whose bytes did not change (<see cref="OutputReuse"/>).
/// </para>
/// <para>
/// Whatever is wrong with the cache (corrupt, truncated, made by another engine, in use by another
/// build) it is set aside with one line in <see cref="Notes"/>, and the build is a clean one. A
/// lock file keeps two builds from using one cache at once.
/// </para>
/// </remarks>
public sealed class BuildCache : IDisposable
{
    private readonly FileStream? _lock;
    private readonly CacheContents? _previous;
    private readonly ConcurrentDictionary<string, CachedArticle> _records = new(StringComparer.Ordinal);
    private readonly List<string> _notes = [];
    private readonly List<string> _tokens = [];
    private readonly Dictionary<string, int> _tokenIds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _shards = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CachedArticle> _previousByPath = new(StringComparer.Ordinal);

    /// <summary>
    /// A source written less than this before the build opened the cache keeps no stamp: a second
    /// edit within the file system's timestamp resolution (two seconds on FAT, one on some others)
    /// could give it the same length and write time.
    /// </summary>
    private static readonly TimeSpan SameTimeMargin = TimeSpan.FromSeconds(2);

    private readonly long _openedTicks = DateTime.UtcNow.Ticks;

    private BuildCache(BuildOptions options, string folder)
    {
        Options = options;
        _previousPrint = new(() => new PreviousPrintEdition(OutputFolder));
        Folder = folder;
        if (Problem(options, folder) is { } problem)
        {
            Unusable(problem);
            return;
        }

        // A link could lead the cache's reads and writes out of the repository: the cache is used only as a folder of its own.
        if (new DirectoryInfo(folder).LinkTarget is not null
            || new[] { "lock", CacheFile.Name }.Any(name => new FileInfo(Path.Combine(folder, name)).LinkTarget is not null))
        {
            Unusable("it is a symbolic link, or holds one");
            return;
        }

        try
        {
            Directory.CreateDirectory(folder);
            _lock = new FileStream(Path.Combine(folder, "lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Unusable(ex is UnauthorizedAccessException ? "its folder cannot be written" : "another build is using it");
            return;
        }

        var file = Path.Combine(folder, CacheFile.Name);
        var output = OutputFolder;
        // The output folder (tens of thousands of entries at 10,000 pages) is walked and the other
        // inputs hashed while the cache file is read: none of them needs the other. Only the write
        // needs the spare folder's files: it is walked after the output folder, while the build
        // runs, where it takes a core the build's single-threaded steps leave idle.
        var hasFile = File.Exists(file);
        var inputs = Task.Run(() => InputFingerprint.Of(options));
        var outputListing = Task.Run(() => hasFile ? FolderListing.Of(output) : null);
        var spareListing = outputListing.ContinueWith(_ => hasFile ? FolderListing.Of(OutputReuse.SparePath(output)) : null, TaskScheduler.Default);
        if (hasFile)
        {
            try
            {
                var contents = CacheFile.Read(file);
                _previous = contents.OptionsKey == InputFingerprint.OptionsKey(options) ? contents : null;
            }
            catch (CacheUnusable ex)
            {
                _notes.Add(Note(ex.Message));
            }
        }

        Inputs = inputs.Result;
        var recordedSpare = _previous?.SpareFiles;
        var spareFiles = spareListing.ContinueWith(listing => OutputReuse.Verified(listing.Result, recordedSpare), TaskScheduler.Default);
        var outputFiles = OutputReuse.Verified(outputListing.Result, _previous?.OutputFiles);
        if (_previous is not null && outputFiles is null && Directory.Exists(output))
        {
            _notes.Add($"note: {Display(options, output)} changed since the last build; it is built again in full");
        }

        Output = new OutputReuse(outputFiles, spareFiles);
        MayReusePages = _previous is not null && _previous.Inputs == Inputs && outputFiles is not null;
        if (MayReusePages)
        {
            foreach (var article in _previous!.Articles)
            {
                _previousByPath[article.Path] = article;
            }

            _tokens.AddRange(_previous!.SearchTokens);
            for (var i = 0; i < _tokens.Count; i++)
            {
                _tokenIds[_tokens[i]] = i;
            }
        }
    }

    /// <summary>The build's options.</summary>
    public BuildOptions Options { get; }

    /// <summary>The cache folder.</summary>
    public string Folder { get; }

    /// <summary>Whether the build may use the cache at all.</summary>
    public bool Usable => _lock is not null;

    /// <summary>One line for each reason the cache was not used, for the command line to print.</summary>
    public IReadOnlyList<string> Notes => _notes;

    /// <summary>The write that reuses the previous output; null when the cache is not usable.</summary>
    public OutputReuse? Output { get; }

    /// <summary>The previous build's article records, in source order, when its pages may be reused.</summary>
    internal ImmutableArray<CachedArticle> PreviousArticles => MayReusePages ? _previous!.Articles : [];

    /// <summary>The same records by their source's display path; empty when pages may not be reused.</summary>
    internal IReadOnlyDictionary<string, CachedArticle> PreviousByPath => _previousByPath;

    /// <summary>Whether pages may be reused: same inputs besides the articles, and the output as it was left.</summary>
    internal bool MayReusePages { get; }

    /// <summary>The hash of each article's source in this build, by display path.</summary>
    internal IReadOnlyDictionary<string, ContentHash> SourceHashes { get; set; } = new Dictionary<string, ContentHash>();

    /// <summary>
    /// Whether the article at <paramref name="path"/> (a display path) is the file the previous
    /// build read there, by its length and write time: pages may be reused, and that build kept
    /// the same stamp for it (<see cref="StampToKeep"/>). Such a file need not be read.
    /// </summary>
    internal bool IsUnchanged(string path, SourceStamp written) =>
        _previousByPath.TryGetValue(path, out var article) && article.Written.Matches(written);

    /// <summary>The source hash the previous build recorded for an article found unchanged (<see cref="IsUnchanged"/>).</summary>
    internal ContentHash UnchangedSourceHash(string path) => _previousByPath[path].SourceHash;

    /// <summary>The stamp to keep for <paramref name="source"/>: its own, unless it was written too close to this build to trust (<see cref="SameTimeMargin"/>).</summary>
    internal SourceStamp StampToKeep(SourceFile? source) =>
        source?.Written is { IsKnown: true } written && written.ModifiedTicks < _openedTicks - SameTimeMargin.Ticks ? written : default;

    /// <summary>How many pages this build reused.</summary>
    public int ReusedPages { get; internal set; }

    /// <summary>
    /// Whether the previous build's file at <paramref name="outputPath"/> stands for this build's:
    /// some article page was reused (so every other input is unchanged and no edited article
    /// changed what other pages show of it) and the previous output has that file.
    /// </summary>
    internal bool KeepsPrevious(string outputPath) =>
        ReusedPages > 0 && Output?.OutputFiles is { } previous && previous.ContainsKey(outputPath);

    private ContentHash Inputs { get; }

    // Made once, on the first reused section: the articles' sections are asked for side by side.
    private readonly Lazy<PreviousPrintEdition> _previousPrint;

    private string OutputFolder => Path.TrimEndingDirectorySeparator(Path.GetFullPath(Options.OutputDirectory));

    /// <summary>Opens the cache at <see cref="BuildOptions.CacheDirectory"/> for a build with <paramref name="options"/>.</summary>
    public static BuildCache Open(BuildOptions options) =>
        new(options, Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.CacheDirectory ?? throw new ArgumentException("No cache folder.", nameof(options)))));

    /// <summary>Keeps what the build made of one article, for the next build.</summary>
    internal void Record(CachedArticle article) => _records[article.Path] = article;

    /// <summary>
    /// A reused article's section in the previous build's print edition of <paramref name="lang"/>,
    /// read from the output folder, which the cache found as that build left it; null when pages
    /// may not be reused or the section is not there.
    /// </summary>
    internal ReadOnlyMemory<byte>? PreviousPrintSection(string lang, string key) => MayReusePages ? _previousPrint.Value.Section(lang, key) : null;

    /// <summary>The previous build's number of shards of <paramref name="lang"/>'s search index; 0 when unknown.</summary>
    internal int PreviousShards(string lang) => MayReusePages && _previous!.SearchShards.TryGetValue(lang, out var shards) ? shards : 0;

    /// <summary>
    /// Keeps the search postings of <paramref name="lang"/>'s documents (in index order), given as
    /// token texts, and the number of shards they make (<see cref="Search.BuildSearchIndex"/> calls it).
    /// </summary>
    internal void RecordPostings(string lang, IReadOnlyList<Page> documents, IReadOnlyList<(string Token, int Section, int Weight)[]> postings)
    {
        for (var doc = 0; doc < documents.Count; doc++)
        {
            RecordPostings(documents[doc], PackedPostings.Pack([.. postings[doc].Select(p => new SearchPosting(TokenId(p.Token), p.Section, p.Weight))]));
        }

        RecordShards(lang, Search.SearchIndexWriter.ShardCount(postings.Sum(p => p.Length)));
    }

    /// <summary>Keeps the search postings of one document.</summary>
    internal void RecordPostings(Page document, PackedPostings postings)
    {
        if (document.Source is { } source && _records.TryGetValue(source.Path, out var record))
        {
            _records[source.Path] = record with { Postings = postings };
        }
    }

    /// <summary>Keeps the number of shards of <paramref name="lang"/>'s search index.</summary>
    internal void RecordShards(string lang, int shards) => _shards[lang] = shards;

    /// <summary>The number of <paramref name="token"/> in the cache's token table, adding it when new.</summary>
    internal int TokenId(string token)
    {
        lock (_tokens)
        {
            if (!_tokenIds.TryGetValue(token, out var id))
            {
                id = _tokens.Count;
                _tokens.Add(token);
                _tokenIds[token] = id;
            }

            return id;
        }
    }

    /// <summary>How many tokens the cache's table holds.</summary>
    internal int TokenCount
    {
        get
        {
            lock (_tokens)
            {
                return _tokens.Count;
            }
        }
    }

    /// <summary>The text of token number <paramref name="id"/>.</summary>
    internal string TokenText(int id)
    {
        lock (_tokens)
        {
            return _tokens[id];
        }
    }

    /// <summary>
    /// Saves the cache after a successful build that wrote the site: every article's record with
    /// the diagnostics reported at its path, and the files of the output and spare folders.
    /// </summary>
    public void Save(BuildState state, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (!Usable || Output?.WrittenOutput is null)
        {
            return;
        }

        var articles = state.Pages.Where(p => p.Kind == PageKind.Article).ToList();
        if (articles.Any(p => !_records.ContainsKey(p.Source!.Path)))
        {
            return; // a pipeline without the recording step: nothing to reuse next time
        }

        if (_records.Values.Any(r => r.Postings is null) || Language.All.Any(lang => !_shards.ContainsKey(lang)))
        {
            return; // the search index was not recorded: nothing to reuse next time
        }

        var byPath = diagnostics.ToLookup(d => d.Path, StringComparer.Ordinal);
        var records = state.Get(Content.ContentFacts.Sources)
            .Where(s => _records.ContainsKey(s.Path))
            .Select(s => _records[s.Path] is var record && record.Diagnostics.SequenceEqual(byPath[s.Path]) ? record : record with { Diagnostics = [.. byPath[s.Path]] })
            .ToImmutableArray();
        try
        {
            CacheFile.Write(Path.Combine(Folder, CacheFile.Name),
                new CacheContents(InputFingerprint.OptionsKey(Options), Inputs, Output.WrittenOutput, Output.WrittenSpare, records,
                    [.. _tokens], _shards.ToImmutableDictionary(StringComparer.Ordinal)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _notes.Add($"note: the build cache at {Display(Options, Folder)} could not be saved ({ex.Message})");
        }
    }

    /// <summary>
    /// Deletes the cache file after a build that wrote the site without the cache: the file
    /// describes an output that is gone, and the next build would take the new one for a folder
    /// changed by hand. Without the file, the next build is a clean one and saves a new cache.
    /// </summary>
    internal void Forget()
    {
        try
        {
            File.Delete(Path.Combine(Folder, CacheFile.Name));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Kept: the next build finds the output changed, says so and builds in full.
        }
    }

    /// <inheritdoc />
    public void Dispose() => _lock?.Dispose();

    /// <summary>Why the cache folder cannot be used with these folders: inside the input, the theme or the output, or holding one of them.</summary>
    private static string? Problem(BuildOptions options, string folder)
    {
        var input = Full(options.InputDirectory);
        var theme = Full(options.ThemeDirectory);
        foreach (var (name, other) in new[] { ("input", input), ("theme", theme), ("output", Full(options.OutputDirectory)) })
        {
            if (Overlap(folder, other))
            {
                return $"it overlaps the {name} folder";
            }
        }

        // The spare copy of the site is replaced and deleted as the build sees fit: never where content is.
        var spare = OutputReuse.SparePath(Full(options.OutputDirectory));
        return Overlap(spare, input) || Overlap(spare, theme) || Overlap(spare, folder)
            ? $"the spare copy of the site, {Display(options, spare)}, would overlap the input, the theme or the cache"
            : null;
    }

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    /// <summary>Whether one folder is the other or inside it.</summary>
    private static bool Overlap(string a, string b) =>
        a == b || a.StartsWith(b + Path.DirectorySeparatorChar, StringComparison.Ordinal) || b.StartsWith(a + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string Display(BuildOptions options, string path) => new BuildState(options).DisplayPath(path);

    private void Unusable(string reason) => _notes.Add(Note(reason));

    private string Note(string reason) => $"note: the build cache at {Display(Options, Folder)} was not usable ({reason}); building without it";
}
