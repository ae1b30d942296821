namespace AppealHandbook.Core;

/// <summary>A file the build writes, by its path relative to the output folder (forward slashes).</summary>
public sealed record OutputFile(string Path, ReadOnlyMemory<byte> Bytes)
{
    /// <summary>Already written into the build's staging folder (<see cref="StagedFiles"/>), so its bytes were let go.</summary>
    public bool Staged { get; init; }

    /// <summary>A UTF-8 text file (no byte-order mark).</summary>
    public static OutputFile Text(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// Set when the file is the previous build's, unchanged, and has no bytes here: a build with a
    /// cache knows it without making it again, and its write keeps the file on disk.
    /// </summary>
    public bool Kept { get; init; }

    /// <summary>A file the previous build wrote that this build would write byte for byte the same.</summary>
    public static OutputFile KeptFromPrevious(string path) => new(path, ReadOnlyMemory<byte>.Empty) { Kept = true };
}
