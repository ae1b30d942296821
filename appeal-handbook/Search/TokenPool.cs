namespace AppealHandbook.Search;

/// <summary>
/// The tokens of a language's index: one <see cref="TokenTable"/> per worker thread, then one
/// number per distinct token. A 10,000-page handbook has millions of postings but only a few
/// hundred thousand distinct tokens.
/// </summary>
/// <remarks>
/// Workers look tokens up in their own table without a lock while documents are tokenized; a
/// token may exist once per worker until <see cref="Number"/> gives equal tokens the same number,
/// which keeps the index the same whatever the scheduling.
/// </remarks>
internal sealed class TokenPool : IDisposable
{
    private readonly ThreadLocal<TokenTable> _tables = new(() => new TokenTable(), trackAllValues: true);

    /// <summary>The calling thread's table.</summary>
    public TokenTable ForThisThread => _tables.Value!;

    /// <summary>
    /// Numbers every token of every table by rank in ordinal order, and returns the distinct texts
    /// by number. Call once, after the last document is tokenized.
    /// </summary>
    public string[] Number()
    {
        var all = _tables.Values.SelectMany(t => t.Tokens).ToList();
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
    public void Dispose() => _tables.Dispose();
}
