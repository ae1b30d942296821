using System.Buffers;
using System.Collections.Frozen;


namespace AppealHandbook.Data;

/// <summary>
/// Finds the glossary's names and aliases in text in one pass over the text, whatever the size
/// of the glossary: names are grouped by their first two characters (lowercased), longest first,
/// so each position of the text is compared only with the few names that can start there.
/// </summary>
/// <remarks>
/// Built once per build (<see cref="SiteData.GlossaryNames"/>). Matching stays linear in the
/// length of the text, where trying every name against every text literal would grow with the
/// glossary times the text of every article.
/// </remarks>
public sealed class GlossaryMatcher
{
    /// <summary>Whether some name starts with this (lowercased) character: one array look-up rules out most positions of a text.</summary>
    private readonly bool[] _startsAName = new bool[char.MaxValue + 1];

    /// <summary>The same for the names that may start inside a word (those with Chinese characters).</summary>
    private readonly bool[] _startsANameAnywhere = new bool[char.MaxValue + 1];

    /// <summary>Names by their first two characters (lowercased), longest first.</summary>
    private readonly FrozenDictionary<int, Name[]> _byFirstTwo;

    /// <summary>
    /// The same without the Latin names: inside a word only these can start, so the letters of an
    /// English text are passed over without a walk through the Latin names.
    /// </summary>
    private readonly FrozenDictionary<int, Name[]> _anywhereByFirstTwo;

    /// <summary>Indexes every name of at least two characters of <paramref name="terms"/>.</summary>
    public GlossaryMatcher(IEnumerable<GlossaryTerm> terms)
    {
        var names = terms
            .SelectMany(t => t.AllNames.Where(n => n.Length >= 2).Distinct(StringComparer.Ordinal).Select(n => new Name(n, t)))
            .OrderByDescending(n => n.Text.Length)
            .ThenBy(n => n.Text, StringComparer.Ordinal)
            .ToList();
        foreach (var name in names)
        {
            _startsAName[name.Lower[0]] = true;
            _startsANameAnywhere[name.Lower[0]] |= !name.Latin;
        }

        _byFirstTwo = names.GroupBy(n => FirstTwo(n.Lower, 0)).ToFrozenDictionary(g => g.Key, g => g.ToArray());
        _anywhereByFirstTwo = names.Where(n => !n.Latin).GroupBy(n => FirstTwo(n.Lower, 0)).ToFrozenDictionary(g => g.Key, g => g.ToArray());
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
                if (Candidates(lower, at, IsBoundary(text, at - 1)) is not { } candidates)
                {
                    continue;
                }

                foreach (var name in candidates)
                {
                    // Cheapest test first: most candidates differ from the text at their second character.
                    if (!name.IsAt(text, lower, at)
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
            if (Candidates(lowerText, at, IsBoundary(lowerText, at - 1)) is not { } candidates)
            {
                continue;
            }

            foreach (var name in candidates)
            {
                if (lowerText[at..].StartsWith(name.Lower, StringComparison.Ordinal))
                {
                    found.Add(name.Term);
                }
            }
        }

        return found;
    }

    /// <summary>The names that may start at <paramref name="at"/> of <paramref name="lower"/>, longest first; null for none.</summary>
    private Name[]? Candidates(ReadOnlySpan<char> lower, int at, bool wordStart) =>
        at + 1 < lower.Length && (wordStart ? _startsAName : _startsANameAnywhere)[lower[at]]
            ? (wordStart ? _byFirstTwo : _anywhereByFirstTwo).GetValueOrDefault(FirstTwo(lower, at))
            : null;

    private static int FirstTwo(ReadOnlySpan<char> text, int at) => (text[at] << 16) | text[at + 1];

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
