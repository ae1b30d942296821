namespace AppealHandbook.Search;

/// <summary>
/// Numbers the distinct tokens of a language's index once every document is tokenized: each
/// worker thread had its own <see cref="TokenTable"/>, so a token may exist once per worker
/// until it gets its number here. A 10,000-page handbook has millions of postings but only a few
/// hundred thousand distinct tokens.
/// </summary>
/// <remarks>
/// Numbers follow ordinal order of the token text, not which worker met a token first, which
/// keeps the index the same whatever the scheduling.
/// </remarks>
internal static class TokenNumbering
{
    /// <summary>
    /// Numbers every token of <paramref name="tables"/> by rank in ordinal order (each table's
    /// <see cref="TokenTable.Numbers"/>), and returns the distinct texts by number.
    /// </summary>
    public static string[] Number(IReadOnlyList<TokenTable> tables)
    {
        // One ordinal sort of every worker's tokens: equal tokens end up side by side and take one number.
        var all = new List<(string Text, int Table, int Id)>(tables.Sum(t => t.Count));
        for (var t = 0; t < tables.Count; t++)
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
}
