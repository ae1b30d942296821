namespace AppealHandbook.Search;

/// <summary>
/// One <see cref="Token"/> per distinct token of a language's index: a 10,000-page handbook has
/// millions of postings but only a few hundred thousand distinct tokens.
/// </summary>
/// <remarks>
/// Each worker thread has its own table, so look-ups take no lock while documents are tokenized;
/// a token may exist once per worker until <see cref="Number"/> gives equal tokens the same
/// number, which keeps the index the same whatever the scheduling.
/// </remarks>
internal sealed class TokenPool : IDisposable
{
    private readonly ThreadLocal<Dictionary<string, Token>> _tokens = new(() => new Dictionary<string, Token>(StringComparer.Ordinal), trackAllValues: true);

    private readonly ThreadLocal<Dictionary<int, Token>> _cjkTokens = new(() => [], trackAllValues: true);

    /// <summary>The pooled token equal to <paramref name="text"/>.</summary>
    public Token Get(ReadOnlySpan<char> text)
    {
        var tokens = _tokens.Value!;
        if (tokens.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        var made = new Token(text.ToString());
        tokens.Add(made.Text, made);
        return made;
    }

    /// <summary>The pooled Chinese token <paramref name="text"/>, whose <see cref="DocumentPostings.CjkKey"/> is <paramref name="key"/>.</summary>
    public Token Get(int key, ReadOnlySpan<char> text)
    {
        var tokens = _cjkTokens.Value!;
        if (!tokens.TryGetValue(key, out var pooled))
        {
            tokens.Add(key, pooled = new Token(text.ToString()));
        }

        return pooled;
    }

    /// <summary>
    /// Numbers every token handed out, by rank in ordinal order, and returns the distinct texts
    /// by number. Call once, after the last <see cref="Get(ReadOnlySpan{char})"/>.
    /// </summary>
    public string[] Number()
    {
        var all = _tokens.Values.SelectMany(t => t.Values).Concat(_cjkTokens.Values.SelectMany(t => t.Values)).ToList();
        var texts = all.Select(t => t.Text).Distinct(StringComparer.Ordinal).ToArray();
        Array.Sort(texts, StringComparer.Ordinal);
        var numbers = new Dictionary<string, int>(texts.Length, StringComparer.Ordinal);
        for (var i = 0; i < texts.Length; i++)
        {
            numbers[texts[i]] = i;
        }

        foreach (var token in all)
        {
            token.Number = numbers[token.Text];
        }

        return texts;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _tokens.Dispose();
        _cjkTokens.Dispose();
    }
}
