namespace AppealHandbook.Data;

/// <summary>
/// Finds the glossary's names and aliases in text in one pass over the text, whatever the size
/// of the glossary: names are grouped by their first character (lowercased), longest first, so
/// each position of the text is compared only with the few names that can start there.
/// </summary>
/// <remarks>
/// Built once per build (<see cref="SiteData.GlossaryNames"/>). Trying every name against every
/// text literal with <c>IndexOf</c> made glossary linking the slowest step of a 10,000-page
/// build; this keeps it linear in the length of the text.
/// </remarks>
public sealed class GlossaryMatcher
{
    /// <summary>Names by the UTF-16 code of their lowercased first character: one array lookup per position of the text.</summary>
    private readonly Name[]?[] _byFirstChar = new Name[]?[char.MaxValue + 1];

    /// <summary>Indexes every name of at least two characters of <paramref name="terms"/>.</summary>
    public GlossaryMatcher(IEnumerable<GlossaryTerm> terms)
    {
        var names = terms
            .SelectMany(t => t.AllNames.Where(n => n.Length >= 2).Distinct(StringComparer.Ordinal).Select(n => new Name(n, t)))
            .ToList();
        foreach (var group in names.GroupBy(n => n.Lower[0]))
        {
            _byFirstChar[group.Key] = [.. group.OrderByDescending(n => n.Text.Length).ThenBy(n => n.Text, StringComparer.Ordinal)];
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
    public (int At, int Length, GlossaryTerm Term)? FindFirst(string text, int start, Func<GlossaryTerm, bool> wanted)
    {
        var lower = text.ToLowerInvariant(); // simple case mapping: same length, same positions
        for (var at = start; at < lower.Length; at++)
        {
            if (_byFirstChar[lower[at]] is not { } candidates)
            {
                continue;
            }

            var wordStart = IsBoundary(text, at - 1);
            foreach (var name in candidates)
            {
                // Cheapest test first: most candidates differ from the text at their second character.
                if ((name.Latin && !wordStart) || !name.IsAt(text, lower, at)
                    || (name.Latin && !IsBoundary(text, at + name.Text.Length)) || !wanted(name.Term))
                {
                    continue;
                }

                return (at, name.Text.Length, name.Term);
            }
        }

        return null;
    }

    /// <summary>
    /// The terms any of whose names occurs in <paramref name="lowerText"/> (already lowercased)
    /// in any case, Latin names at the start of a word, in the order they are first found: what
    /// the search index counts as a mention.
    /// </summary>
    public IReadOnlyCollection<GlossaryTerm> Mentioned(string lowerText)
    {
        var found = new HashSet<GlossaryTerm>(ReferenceEqualityComparer.Instance);
        for (var at = 0; at < lowerText.Length; at++)
        {
            if (_byFirstChar[lowerText[at]] is not { } candidates)
            {
                continue;
            }

            var wordStart = IsBoundary(lowerText, at - 1);
            foreach (var name in candidates)
            {
                if ((wordStart || !name.Latin) && lowerText.AsSpan(at).StartsWith(name.Lower, StringComparison.Ordinal))
                {
                    found.Add(name.Term);
                }
            }
        }

        return found;
    }

    private static bool IsBoundary(string text, int index) => index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);

    /// <summary>One way of writing a term, with what matching it needs.</summary>
    private sealed class Name(string text, GlossaryTerm term)
    {
        public string Text { get; } = text;

        public string Lower { get; } = text.ToLowerInvariant();

        public GlossaryTerm Term { get; } = term;

        /// <summary>No Chinese (or other CJK) character: matched as a whole word.</summary>
        public bool Latin { get; } = text.All(c => c < 0x3000);

        private bool IgnoreCase => Latin && Text.Length > 4;

        public bool IsAt(string text, string lower, int at) =>
            IgnoreCase
                ? lower.AsSpan(at).StartsWith(Lower, StringComparison.Ordinal)
                : text.AsSpan(at).StartsWith(Text, StringComparison.Ordinal);
    }
}
