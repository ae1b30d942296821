namespace AppealHandbook.Notices;

/// <summary>One phrase a notice may contain, with the line it is written on.</summary>
/// <param name="Text">The phrase as written in the data file.</param>
/// <param name="Line">Its 1-based line in the file.</param>
public sealed record NoticePhrase(string Text, int Line);
