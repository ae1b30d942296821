namespace AppealHandbook.Cache;

/// <summary>
/// One posting of an article in the search index, as the build cache keeps it: the token's number
/// in the cache's token table (<see cref="CacheContents.SearchTokens"/>), the section it links to,
/// and its weight.
/// </summary>
public readonly record struct SearchPosting(int Token, int Section, int Weight);
