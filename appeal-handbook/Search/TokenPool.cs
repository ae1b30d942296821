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
    /// Numbers every token of every table by rank in ordinal order (each table's
    /// <see cref="TokenTable.Numbers"/>), and returns the distinct texts by number. Call once,
    /// after the last document is tokenized.
    /// </summary>
    public string[] Number()
    {
        // One ordinal sort of every worker's tokens: equal tokens end up side by side and take one number.
        var tables = _tables.Values.ToArray();
        var all = new List<(string Text, int Table, int Id)>(tables.Sum(t => t.Count));
        for (var t = 0; t < tables.Length; t++)
        {
            tables[t].Numbers = new int[tables[t].Count];
            for (var id = 0; id < tables[t].Count; id++)
            {
                all.Add((tables[t].Texts[id], t, id));
            }
        }

        all.Sort((a, b) => string.CompareOrdinal(a.Text, b.Text));
        var texts = new List<string>(all.Count);
        foreach (var (text, table, id) in all)
        {
            if (texts.Count == 0 || !string.Equals(texts[^1], text, StringComparison.Ordinal))
            {
                texts.Add(text);
            }

            tables[table].Numbers[id] = texts.Count - 1;
        }

        return [.. texts];
    }

    /// <inheritdoc />
    public void Dispose() => _tables.Dispose();
}
