using System.Buffers;


namespace AppealHandbook.Data;

/// <summary>
/// Finds the glossary's names and aliases in text in one pass over the text, whatever the size
/// of the glossary: names are grouped by their first character (lowercased), longest first, so
/// each position of the text is compared only with the few names that can start there, and at
/// their second character first.
/// </summary>
/// <remarks>
/// Built once per build (<see cref="SiteData.GlossaryNames"/>). Matching stays linear in the
/// length of the text, where trying every name against every text literal would grow with the
/// glossary times the text of every article.
/// </remarks>
public sealed class GlossaryMatcher
{
    /// <summary>
    /// Names by their first character (lowercased), longest first; null for a character no name
    /// starts with. One array look-up rules out most positions of a text, before anything else is
    /// asked of them (whether a word starts there, a look-up by two characters).
    /// </summary>
    private readonly Name[]?[] _startingWith = new Name[]?[char.MaxValue + 1];

    /// <summary>
    /// The same without the Latin names: inside a word only these can start, so the letters of an
    /// English text are passed over without a walk through the Latin names.
    /// </summary>
    private readonly Name[]?[] _anywhereStartingWith = new Name[]?[char.MaxValue + 1];

    /// <summary>Indexes every name of at least two characters of <paramref name="terms"/>.</summary>
    public GlossaryMatcher(IEnumerable<GlossaryTerm> terms)
    {
        var names = terms
            .SelectMany(t => t.AllNames.Where(n => n.Length >= 2).Distinct(StringComparer.Ordinal).Select(n => new Name(n, t)))
            .OrderByDescending(n => n.Text.Length)
            .ThenBy(n => n.Text, StringComparer.Ordinal)
            .ToList();
        foreach (var group in names.GroupBy(n => n.Lower[0]))
        {
            _startingWith[group.Key] = [.. group];
            _anywhereStartingWith[group.Key] = group.Any(n => !n.Latin) ? [.. group.Where(n => !n.Latin)] : null;
        }
    }

    /// <summary>
    /// The leftmost place in <paramref name="text"/>, at or after <paramref name="start"/>, where a
    /// name of a term accepted by <paramref name="wanted"/> is written; the longest name wins at one
    /// place (订单缺陷率 over 订单).
    /// </summary>
    /// <remarks>
    /// Latin names match only as whole words; those of five letters or more ignore case (ODR must
    /// stay upper case, Invoice may start a sentence). Names with Chinese characters match anywhere,
    /// since Chinese has no spaces between words.
    /// </remarks>
    public (int At, int Length, GlossaryTerm Term)? FindFirst(ReadOnlySpan<char> text, int start, Func<GlossaryTerm, bool> wanted)
    {
        // Simple case mapping keeps length and positions; most texts are short enough for the stack.
        char[]? rented = null;
        var lower = text.Length <= 512 ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length)).AsSpan(0, text.Length);
        text.ToLowerInvariant(lower);
        try
        {
            for (var at = start; at < lower.Length; at++)
            {
                if (Candidates(lower, at, text) is not { } candidates)
                {
                    continue;
                }

                foreach (var name in candidates)
                {
                    // Cheapest test first: most candidates differ from the text at their second character.
                    if (name.Lower[1] != lower[at + 1] || !name.IsAt(text, lower, at)
                        || (name.Latin && !IsBoundary(text, at + name.Text.Length)) || !wanted(name.Term))
                    {
                        continue;
                    }

                    return (at, name.Text.Length, name.Term);
                }
            }

            return null;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// The terms any of whose names occurs in <paramref name="lowerText"/> (already lowercased)
    /// in any case, Latin names at the start of a word, in the order they are first found: what
    /// the search index counts as a mention.
    /// </summary>
    public IReadOnlyCollection<GlossaryTerm> Mentioned(ReadOnlySpan<char> lowerText)
    {
        var found = new HashSet<GlossaryTerm>(ReferenceEqualityComparer.Instance);
        for (var at = 0; at < lowerText.Length; at++)
        {
            if (Candidates(lowerText, at, lowerText) is not { } candidates)
            {
                continue;
            }

            foreach (var name in candidates)
            {
                if (name.Lower[1] == lowerText[at + 1] && lowerText[at..].StartsWith(name.Lower, StringComparison.Ordinal))
                {
                    found.Add(name.Term);
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The names that start with the character at <paramref name="at"/> of <paramref name="lower"/>
    /// and may start there (Latin names only where a word starts in <paramref name="text"/>),
    /// longest first; null for none. Every name has two characters or more, so the last
    /// character has none; callers compare the second character before the rest.
    /// </summary>
    private Name[]? Candidates(ReadOnlySpan<char> lower, int at, ReadOnlySpan<char> text) =>
        at + 1 < lower.Length && _startingWith[lower[at]] is { } names
            ? IsBoundary(text, at - 1) ? names : _anywhereStartingWith[lower[at]]
            : null;

    private static bool IsBoundary(ReadOnlySpan<char> text, int index) => index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);

    /// <summary>One way of writing a term, with what matching it needs.</summary>
    private sealed class Name(string text, GlossaryTerm term)
    {
        public string Text { get; } = text;

        public string Lower { get; } = text.ToLowerInvariant();

        public GlossaryTerm Term { get; } = term;

        /// <summary>No Chinese (or other CJK) character: matched as a whole word.</summary>
        public bool Latin { get; } = text.All(c => c < 0x3000);

        private bool IgnoreCase => Latin && Text.Length > 4;

        public bool IsAt(ReadOnlySpan<char> text, ReadOnlySpan<char> lower, int at) =>
            IgnoreCase
                ? lower[at..].StartsWith(Lower, StringComparison.Ordinal)
                : text[at..].StartsWith(Text, StringComparison.Ordinal);
    }
}
