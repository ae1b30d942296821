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
        // One ordinal sort of every worker's tokens: equal tokens end up side by side and take one number.
        var all = _tables.Values.SelectMany(t => t.Tokens).ToArray();
        Array.Sort(all, (a, b) => string.CompareOrdinal(a.Text, b.Text));
        var texts = new List<string>(all.Length);
        foreach (var token in all)
        {
            if (texts.Count == 0 || !string.Equals(texts[^1], token.Text, StringComparison.Ordinal))
            {
                texts.Add(token.Text);
            }

            token.Number = texts.Count - 1;
        }

        return [.. texts];
    }

    /// <inheritdoc />
    public void Dispose() => _tables.Dispose();
}
