using System.Collections.Immutable;
using AppealHandbook.Core;
using AppealHandbook.Output;

namespace AppealHandbook.Cache;

/// <summary>Everything the build cache holds, as one successful build left it.</summary>
/// <param name="OptionsKey">The folders and options it was built with: a cache for other options is not used.</param>
/// <param name="Inputs">Hash of every input but the articles (<see cref="InputFingerprint"/>).</param>
/// <param name="OutputFiles">The output folder's files.</param>
/// <param name="SpareFiles">The spare folder's files; null when unknown.</param>
/// <param name="Articles">Every article, in source order.</param>
/// <param name="SearchTokens">The tokens the articles' postings refer to by number.</param>
/// <param name="SearchShards">The number of shards of each language's search index.</param>
public sealed record CacheContents(
    string OptionsKey,
    ContentHash Inputs,
    IReadOnlyDictionary<string, FileStamp> OutputFiles,
    IReadOnlyDictionary<string, FileStamp>? SpareFiles,
    ImmutableArray<CachedArticle> Articles,
    ImmutableArray<string> SearchTokens,
    ImmutableDictionary<string, int> SearchShards);
