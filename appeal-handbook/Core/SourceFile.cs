namespace AppealHandbook.Core;

/// <summary>
/// An article file found on disk: read when it is found, or, when the build cache vouches that it
/// is unchanged since the last build, read only if a module asks for its text (a build that reuses
/// its page never does). Its text goes once the build is done with it (<see cref="LetGoOfText"/>).
/// </summary>
public sealed class SourceFile
{
    private readonly Func<string>? _read;
    private readonly Lock? _reading;
    private string? _text;

    /// <summary>A file read now.</summary>
    /// <param name="path">Repository-relative path with forward slashes, for messages (<c>input/zh/a.md</c>).</param>
    /// <param name="lang">The language folder it was found in.</param>
    /// <param name="fileKey">The file name without <c>.md</c>.</param>
    /// <param name="text">The decoded text, with line endings normalised to <c>\n</c>.</param>
    /// <param name="written">Its length and last write time when it was read; default when unknown.</param>
    /// <param name="readAgain">Reads the file again, should its text be asked for after <see cref="LetGoOfText"/>; without it the text is kept.</param>
    public SourceFile(string path, string lang, string fileKey, string text, SourceStamp written = default, Func<string>? readAgain = null)
    {
        (Path, Lang, FileKey, Written) = (path, lang, fileKey, written);
        _text = text;
        _read = readAgain;
        _reading = readAgain is null ? null : new Lock();
    }

    /// <summary>A file the build cache found unchanged: <paramref name="read"/> gives its text, once, when it is first asked for.</summary>
    public SourceFile(string path, string lang, string fileKey, SourceStamp written, Func<string> read)
    {
        (Path, Lang, FileKey, Written) = (path, lang, fileKey, written);
        _read = read;
        _reading = new Lock();
    }

    /// <summary>Repository-relative path with forward slashes, for messages (<c>input/zh/a.md</c>).</summary>
    public string Path { get; }

    /// <summary>The language folder it was found in.</summary>
    public string Lang { get; }

    /// <summary>The file name without <c>.md</c>.</summary>
    public string FileKey { get; }

    /// <summary>Its length and last write time when it was found; default when unknown.</summary>
    public SourceStamp Written { get; }

    /// <summary>Whether the text was read (always, unless the build cache vouched for the file and nothing has asked for it yet).</summary>
    public bool IsRead => Volatile.Read(ref _text) is not null;

    /// <summary>
    /// The build is done with the text (the article stage is its last reader): it goes, so that
    /// a large site does not keep every source to the end of the build, and is read from the file
    /// again should anything ask for it after all. A file that cannot be read again keeps it.
    /// </summary>
    /// <returns>The text let go of: empty when the file keeps it or has none in memory.</returns>
    public string LetGoOfText() =>
        _read is not null ? Interlocked.Exchange(ref _text, null) ?? string.Empty : string.Empty;

    /// <summary>The decoded text, with line endings normalised to <c>\n</c>.</summary>
    public string Text
    {
        get
        {
            if (Volatile.Read(ref _text) is { } text)
            {
                return text;
            }

            // Read once, however many threads ask: a read that fails reports its error once.
            lock (_reading!)
            {
                return _text ??= _read!();
            }
        }
    }
}
