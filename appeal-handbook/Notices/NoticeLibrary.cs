using System.Collections.Immutable;

namespace AppealHandbook.Notices;

/// <summary>The notice phrases of every complaint type, by article key.</summary>
/// <param name="Folder">The data folder, for messages.</param>
/// <param name="Exists">Whether the input has the folder; without it no type needs phrases (small test sites).</param>
/// <param name="Types">The files read, by key.</param>
public sealed record NoticeLibrary(string Folder, bool Exists, ImmutableSortedDictionary<string, NoticePhrases> Types);
