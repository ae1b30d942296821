using System.Collections.Immutable;
using AppealHandbook.Core;

namespace AppealHandbook.Content;

/// <summary>
/// Reads <c>input/zh/*.md</c> and <c>input/en/*.md</c>, and lists the static files (images and
/// other assets) anywhere else under <c>input/</c> that are copied as they are.
/// </summary>
/// <remarks>
/// Files are read in parallel and kept in a sorted order. Symbolic links are not followed,
/// which rules out link loops and files outside the input folder.
/// </remarks>
/// <param name="unchanged">
/// Given by a build with a cache: whether a file (by display path, with its length and write time)
/// is unchanged since the last build. Such a file passes every check a read one does, but its text
/// is read only if a module asks for it.
/// </param>
public sealed class ReadArticles(Func<string, SourceStamp, bool>? unchanged = null) : IModule
{
    /// <summary>Articles larger than this are rejected rather than slowing every build and every reader.</summary>
    public const long MaxArticleBytes = 2 * 1024 * 1024;

    /// <summary>
    /// Folders and files under <c>input/</c> that are not copied as static files: read by other
    /// modules (<c>assets/</c> overrides the theme's assets and is published with them).
    /// </summary>
    private static readonly HashSet<string> NotStatic = new(StringComparer.Ordinal) { "_data", "layouts", "assets", "i18n", "site.yml" };

    /// <inheritdoc />
    public ModuleContract Contract { get; } = ModuleContract.Input("", [], [ContentFacts.Sources, ContentFacts.StaticFiles],
        "preview reads the edited article itself (Read), and runs a full build when a file is added or deleted");

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        var input = Path.GetFullPath(state.Options.InputDirectory);
        var files = new List<(string Lang, string FullPath)>();
        foreach (var lang in Language.All)
        {
            var folder = Path.Combine(input, lang);
            if (!Directory.Exists(folder))
            {
                state.Diagnostics.Error(state.DisplayPath(folder), 0, 0, DiagnosticCodes.UnreadableFile,
                    $"The folder for '{lang}' articles is missing. Create {state.DisplayPath(folder)}/ and add the {lang} articles there.");
                continue;
            }

            foreach (var file in SafeEnumerate(folder, "*.md", SearchOption.TopDirectoryOnly, state, skipLinks: false))
            {
                files.Add((lang, file));
            }
        }

        files.Sort((a, b) => StringComparer.Ordinal.Compare(a.FullPath, b.FullPath));
        var sources = new SourceFile?[files.Count];
        var folders = new RealFolders(state.Options.InputDirectory);
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = state.Options.MaxDegreeOfParallelism },
            i => sources[i] = Read(files[i].Lang, files[i].FullPath, state, folders, unchanged));
        state.Add(ContentFacts.Sources, [.. sources.OfType<SourceFile>()]);
        state.Add(ContentFacts.StaticFiles, ListStaticFiles(input, state));
    }

    /// <summary>
    /// Reads one article file, reporting why it cannot be read; <paramref name="folders"/> resolves
    /// its folder once for many files, and a file <paramref name="unchanged"/> vouches for is read
    /// only when its text is asked for.
    /// </summary>
    public static SourceFile? Read(string lang, string fullPath, BuildState state, RealFolders? folders = null, Func<string, SourceStamp, bool>? unchanged = null)
    {
        var display = state.DisplayPath(fullPath);
        try
        {
            var info = new FileInfo(fullPath);
            if (RealPath.IsLink(info) || !(folders?.IsInside(fullPath) ?? RealPath.IsInside(fullPath, state.Options.InputDirectory)))
            {
                state.Diagnostics.Error(display, 0, 0, DiagnosticCodes.UnreadableFile,
                    "Articles may not be symbolic links, nor lie in a folder linked from outside the input. Replace the link with the file itself.");
                return null;
            }

            if (info.Length > MaxArticleBytes)
            {
                state.Diagnostics.Error(display, 0, 0, DiagnosticCodes.UnreadableFile,
                    $"The article is {info.Length / 1024} KiB; the limit is {MaxArticleBytes / 1024} KiB. Split it into several articles.");
                return null;
            }

            var key = Path.GetFileNameWithoutExtension(fullPath);
            var written = new SourceStamp(info.Length, info.LastWriteTimeUtc.Ticks);
            if (unchanged?.Invoke(display, written) == true)
            {
                return new SourceFile(display, lang, key, written, () => ReadLater(fullPath, display, state));
            }

            var text = Decode(fullPath, info.Length, out var problem);
            if (text is null)
            {
                state.Diagnostics.Error(display, 0, 0, DiagnosticCodes.UnreadableFile, problem!);
                return null;
            }

            return new SourceFile(display, lang, key, text, written, () => ReadAgain(fullPath, display));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Unreadable(state, display, ex);
            return null;
        }
    }

    /// <summary>The text of an article file of <paramref name="length"/> bytes; null, with the reason, when it is not text.</summary>
    private static string? Decode(string fullPath, long length, out string? problem) =>
        // A length of zero is an empty file, or a FIFO or device that would block a read forever: read neither.
        TextDecoder.Decode(length == 0 ? [] : File.ReadAllBytes(fullPath), out problem);

    /// <summary>
    /// The text of a file read before, asked for again after the build let go of it
    /// (<see cref="SourceFile.LetGoOfText"/>). It reports to no build: the build's own read already
    /// did, and holding the build here would keep it alive as long as the file.
    /// </summary>
    private static string ReadAgain(string fullPath, string display) =>
        Decode(fullPath, new FileInfo(fullPath).Length, out var problem) ?? throw new InvalidDataException($"{display} can no longer be read: {problem}");

    /// <summary>
    /// The text of a file found unchanged and asked for later. Should it have become unreadable
    /// meanwhile, the error is reported as a read reports it, and the text is empty: the build
    /// fails on that error.
    /// </summary>
    private static string ReadLater(string fullPath, string display, BuildState state)
    {
        try
        {
            if (Decode(fullPath, new FileInfo(fullPath).Length, out var problem) is { } text)
            {
                return text;
            }

            state.Diagnostics.Error(display, 0, 0, DiagnosticCodes.UnreadableFile, problem!);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Unreadable(state, display, ex);
        }

        return "";
    }

    private static void Unreadable(BuildState state, string display, Exception ex) =>
        state.Diagnostics.Error(display, 0, 0, DiagnosticCodes.UnreadableFile,
            $"The file cannot be read ({ex.Message}). Check that it exists and is readable.");

    private static ImmutableSortedDictionary<string, string> ListStaticFiles(string input, BuildState state)
    {
        var result = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(input))
        {
            return result.ToImmutable();
        }

        // Folders other modules read (data, layouts) apply the same rule themselves; articles are refused as links in Read.
        foreach (var full in RootedFiles.List(input, input, "*", recurse: true, state.Diagnostics, state.DisplayPath, skip: path => !IsStatic(input, path)))
        {
            result[Path.GetRelativePath(input, full).Replace(Path.DirectorySeparatorChar, '/')] = full;
        }

        return result.ToImmutable();
    }

    /// <summary>Whether a file or folder under the input is (or may hold) a static file to publish.</summary>
    private static bool IsStatic(string input, string fullPath)
    {
        var relative = Path.GetRelativePath(input, fullPath).Replace(Path.DirectorySeparatorChar, '/');
        var segments = relative.Split('/');
        var first = segments[0];
        var isArticle = (first == Language.Zh || first == Language.En) && relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
        // Hidden files and folders (.git, .DS_Store, editor swap files) are never published.
        return !(NotStatic.Contains(first) || isArticle || segments.Any(s => s.StartsWith('.')));
    }

    /// <param name="folder">The folder.</param>
    /// <param name="pattern">File name pattern.</param>
    /// <param name="option">Whether to recurse.</param>
    /// <param name="state">For diagnostics.</param>
    /// <param name="skipLinks">Skip symbolic links silently (static files, recursion); articles list them so <see cref="Read"/> can report them.</param>
    private static IEnumerable<string> SafeEnumerate(string folder, string pattern, SearchOption option, BuildState state, bool skipLinks = true)
    {
        var enumeration = new EnumerationOptions
        {
            RecurseSubdirectories = option == SearchOption.AllDirectories,
            IgnoreInaccessible = false,
            AttributesToSkip = skipLinks ? FileAttributes.ReparsePoint : 0, // never follow symbolic links
            ReturnSpecialDirectories = false,
        };
        try
        {
            return [.. Directory.EnumerateFiles(folder, pattern, enumeration)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            state.Diagnostics.Error(state.DisplayPath(folder), 0, 0, DiagnosticCodes.UnreadableFile,
                $"The folder cannot be read ({ex.Message}). Check its permissions.");
            return [];
        }
    }
}
