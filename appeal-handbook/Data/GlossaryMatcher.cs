using System.Runtime.CompilerServices;

namespace AppealHandbook.Data;

/// <summary>
/// Finds the glossary's names and aliases in text in one pass over the text, whatever the size
/// of the glossary: names are grouped by their first two characters (lowercased), longest
/// first, so each position of the text is compared only with the few names that can start there.
/// </summary>
/// <remarks>
/// Built once per build (<see cref="SiteData.GlossaryNames"/>). Matching stays linear in the
/// length of the text, where trying every name against every text literal would grow with the
/// glossary times the text of every article. Case is folded one UTF-16 unit at a time (simple
/// case mapping), which is all the glossary's Latin and Chinese names need.
/// </remarks>
public sealed class GlossaryMatcher
{
    /// <summary>
    /// One bit per pair of characters (hashed), set where the pair, in any case, begins a name.
    /// A position of a text is ruled out on one bit of this 8 KiB table before anything else is
    /// asked of it. Most characters of a Chinese text begin some name (订, 账, 申...), so a table by
    /// first character let most positions through to a walk through its names; few pairs do.
    /// </summary>
    private readonly ulong[] _pairs = new ulong[PairSlots / 64];

    /// <summary>
    /// The names by a hash of their first two characters (lowercased), longest first; null where no
    /// name has the hash. A position that passes <see cref="_pairs"/> is compared only with the
    /// names that begin with its two characters (and the few whose pair shares the hash), not with
    /// every name of its first character, most of which differ at the second. Each entry holds its
    /// pair, so the others are passed over without reading the name. 64 KiB, which stays in cache.
    /// </summary>
    private readonly Candidates[] _byPair = new Candidates[PairGroups];

    private const int PairSlots = 1 << 16;

    private const int PairGroups = 1 << 12;

    /// <summary>Indexes every name of at least two characters of <paramref name="terms"/>.</summary>
    public GlossaryMatcher(IEnumerable<GlossaryTerm> terms)
    {
        var names = terms
            .SelectMany(t => t.AllNames.Where(n => n.Length >= 2).Distinct(StringComparer.Ordinal).Select(n => new Name(n, t)))
            .OrderByDescending(n => n.Text.Length)
            .ThenBy(n => n.Text, StringComparer.Ordinal)
            .ToList();
        foreach (var group in names.GroupBy(n => GroupOf(n.Lower[0], n.Lower[1])))
        {
            var entries = group.Select(n => new Entry(Pair(n.Lower[0], n.Lower[1]), n)).ToArray();
            var anywhere = entries.Where(e => !e.Name.Latin).ToArray();
            _byPair[group.Key] = new Candidates(entries, anywhere.Length > 0 ? anywhere : null);
        }

        // Every character that lowercases to each first or second character of a name: a pair
        // is marked in every case the text may write it in, so the table rules out no match.
        var wanted = names.SelectMany(n => n.Lower[..2]).ToHashSet();
        var writtenAs = wanted.ToDictionary(c => c, c => new List<char>());
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (writtenAs.TryGetValue(char.ToLowerInvariant((char)c), out var forms))
            {
                forms.Add((char)c);
            }
        }

        foreach (var name in names)
        {
            foreach (var first in writtenAs[name.Lower[0]])
            {
                foreach (var second in writtenAs[name.Lower[1]])
                {
                    var slot = PairSlot(first, second);
                    _pairs[slot >> 6] |= 1UL << slot;
                }
            }
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
        // Case is folded a character at a time, only where a name may begin: no lowercased copy of the text.
        for (var at = start; at + 1 < text.Length; at++)
        {
            if (!MayBegin(text[at], text[at + 1]))
            {
                continue;
            }

            var first = char.ToLowerInvariant(text[at]);
            var second = char.ToLowerInvariant(text[at + 1]);
            if (CandidatesAt(first, second, at, text) is not { } candidates)
            {
                continue;
            }

            var pair = Pair(first, second);
            foreach (var (namePair, name) in candidates)
            {
                // Cheapest test first: a name of another pair with the same hash differs at its first two characters.
                if (namePair != pair || !name.IsAt(text, at)
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
    public IReadOnlyCollection<GlossaryTerm> Mentioned(ReadOnlySpan<char> lowerText)
    {
        var found = new HashSet<GlossaryTerm>(ReferenceEqualityComparer.Instance);
        for (var at = 0; at + 1 < lowerText.Length; at++)
        {
            if (!MayBegin(lowerText[at], lowerText[at + 1]) || CandidatesAt(lowerText[at], lowerText[at + 1], at, lowerText) is not { } candidates)
            {
                continue;
            }

            var pair = Pair(lowerText[at], lowerText[at + 1]);
            foreach (var (namePair, name) in candidates)
            {
                if (namePair == pair && lowerText[at..].StartsWith(name.Lower, StringComparison.Ordinal))
                {
                    found.Add(name.Term);
                }
            }
        }

        return found;
    }

    /// <summary>Whether a name may begin with <paramref name="first"/> and <paramref name="second"/>; false for most pairs of a text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayBegin(char first, char second)
    {
        var slot = PairSlot(first, second);
        return (_pairs[slot >> 6] & (1UL << slot)) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PairSlot(char first, char second) => (int)((((uint)first * 0x9E3779B1u) ^ ((uint)second * 0x85EBCA6Bu)) >> 16);

    /// <summary>
    /// The names that may start with <paramref name="first"/> and <paramref name="second"/>
    /// (lowercased) at <paramref name="at"/> (Latin names only where a word starts in
    /// <paramref name="text"/>), longest first; null for none. A hash can hold names of another
    /// pair too, so callers compare the first two characters before the rest. Every name has two
    /// characters or more, so callers stop one character before the end.
    /// </summary>
    private Entry[]? CandidatesAt(char first, char second, int at, ReadOnlySpan<char> text)
    {
        var candidates = _byPair[GroupOf(first, second)];
        return candidates.All is null ? null : IsBoundary(text, at - 1) ? candidates.All : candidates.Anywhere;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int GroupOf(char first, char second) => PairSlot(first, second) & (PairGroups - 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Pair(char first, char second) => (first << 16) | second;

    /// <summary>
    /// The names of one hash of first pairs: <see cref="All"/> where a word starts; inside a word
    /// only <see cref="Anywhere"/>, without the Latin names, so the letters of an English text are
    /// passed over without a walk through the Latin names.
    /// </summary>
    private readonly record struct Candidates(Entry[]? All, Entry[]? Anywhere);

    /// <summary>A name with its first two characters (lowercased) packed into one integer.</summary>
    private readonly record struct Entry(int Pair, Name Name);

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

        /// <summary>Whether <paramref name="text"/> has this name at <paramref name="at"/>, in any case when <see cref="IgnoreCase"/>.</summary>
        public bool IsAt(ReadOnlySpan<char> text, int at)
        {
            if (!IgnoreCase || text.Length - at < Lower.Length)
            {
                return text[at..].StartsWith(Text, StringComparison.Ordinal);
            }

            for (var i = 0; i < Lower.Length; i++)
            {
                if (char.ToLowerInvariant(text[at + i]) != Lower[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
