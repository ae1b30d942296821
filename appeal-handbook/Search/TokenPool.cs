using System.Collections.Concurrent;

namespace AppealHandbook.Search;

/// <summary>
/// One string per distinct token for the whole index, shared by every document that has it:
/// a 10,000-page handbook has millions of postings but only a few hundred thousand distinct
/// tokens. Safe to use from the indexer's parallel workers.
/// </summary>
internal sealed class TokenPool
{
    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);

    /// <summary>The pooled string equal to <paramref name="token"/>.</summary>
    public string Get(ReadOnlySpan<char> token)
    {
        if (_tokens.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(token, out var pooled))
        {
            return pooled;
        }

        var made = token.ToString();
        return _tokens.GetOrAdd(made, made);
    }
}
