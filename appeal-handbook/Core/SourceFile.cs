namespace AppealHandbook.Core;

/// <summary>An article file as read from disk.</summary>
/// <param name="Path">Repository-relative path with forward slashes, for messages (<c>input/zh/a.md</c>).</param>
/// <param name="Lang">The language folder it was found in.</param>
/// <param name="FileKey">The file name without <c>.md</c>.</param>
/// <param name="Text">The decoded text, with line endings normalised to <c>\n</c>.</param>
public sealed record SourceFile(string Path, string Lang, string FileKey, string Text);
