namespace AppealHandbook.Search;

/// <summary>
/// One string per distinct token, shared by every document that has it: a 10,000-page handbook
/// has millions of postings but only a few hundred thousand distinct tokens.
/// </summary>
/// <remarks>
/// Each worker thread has its own table, so look-ups take no lock; a token may exist once per
/// worker, which costs little and keeps the index the same whatever the scheduling.
/// </remarks>
internal sealed class TokenPool : IDisposable
{
    private readonly ThreadLocal<Dictionary<string, string>> _tokens = new(() => new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The pooled string equal to <paramref name="token"/>.</summary>
    public string Get(ReadOnlySpan<char> token)
    {
        var tokens = _tokens.Value!;
        if (tokens.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(token, out var pooled))
        {
            return pooled;
        }

        var made = token.ToString();
        tokens.Add(made, made);
        return made;
    }

    /// <inheritdoc />
    public void Dispose() => _tokens.Dispose();
}
