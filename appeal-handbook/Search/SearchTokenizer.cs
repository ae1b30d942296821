using System.Buffers;
using System.Runtime.CompilerServices;


namespace AppealHandbook.Search;

/// <summary>
/// Splits text into search tokens. The browser client (<c>themes/default/assets/search.js</c>)
/// implements the same rules line for line, so a query is read exactly as the index was built —
/// the usual failure of client-side search when the two disagree.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Full-width ASCII folded, then lowercase: ＦＢＡ becomes fba.</item>
/// <item>Chinese (and other CJK ideographs): every overlapping pair of characters plus every
/// single character, so any run of two or more characters copied from an article finds it,
/// without a dictionary that the browser would have to download.</item>
/// <item>Latin words: abbreviations stay whole (odr, fba, a-to-z); hyphenated words also yield
/// their parts; a light stemmer folds plurals and -ing/-ed; a short stop list drops glue words.</item>
/// </list>
/// </remarks>
public static class SearchTokenizer
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "how", "if", "in", "is", "it", "of", "on", "or",
        "that", "the", "this", "to", "was", "what", "when", "with", "you", "your", "can", "do", "does",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordSpans = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The longest stop word: a longer word is no stop word, without a look-up (most words of a text are longer).</summary>
    private static readonly int LongestStopWord = StopWords.Max(w => w.Length);

    /// <summary>Receives each token as a span that is valid only during the call.</summary>
    public delegate void TokenSink(ReadOnlySpan<char> token);

    /// <summary>Index-side tokens of <paramref name="text"/>: for Chinese, bigrams then single characters.</summary>
    public static List<string> Tokenize(string text) => Collect(text, query: false);

    /// <summary>Query-side tokens: like <see cref="Tokenize(string)"/>, but a Chinese run of two or more characters contributes only its bigrams.</summary>
    public static List<string> QueryTokens(string text) => Collect(text, query: true);

    /// <summary>
    /// Index-side tokens of <paramref name="text"/>, handed to <paramref name="sink"/> without
    /// allocating a string for each: a 10,000-page handbook has tens of millions of them, most
    /// repeated, and the indexer keeps only the distinct ones.
    /// </summary>
    public static void Tokenize(string text, TokenSink sink) => Scan(text, query: false, sink);

    /// <summary>True for a CJK ideograph.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsCjk(char c) => c is (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');

    private static List<string> Collect(string text, bool query)
    {
        var tokens = new List<string>();
        Scan(text, query, token => tokens.Add(token.ToString()));
        return tokens;
    }

    private static void Scan(string text, bool query, TokenSink sink)
    {
        // Lowercased, then folded, in a pooled buffer: the tokens are spans of it, so nothing is
        // allocated per text. This gives what folding then lowercasing gives (search.js's order):
        // a full-width capital lowercases to its full-width small letter, which folds to ASCII.
        var rented = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        try
        {
            var s = rented.AsSpan(0, text.Length);
            InvariantLowerCase.Write(text, s);
            FoldWidth(s);
            Scan(s, query, sink);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static void Scan(ReadOnlySpan<char> s, bool query, TokenSink sink)
    {
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (IsCjk(c))
            {
                var start = i;
                while (i < s.Length && IsCjk(s[i]))
                {
                    i++;
                }

                AddCjk(s.Slice(start, i - start), query, sink);
            }
            else if (IsWordChar(c))
            {
                var start = i;
                while (i < s.Length && (IsWordChar(s[i]) || (IsJoiner(s[i]) && i + 1 < s.Length && IsWordChar(s[i + 1]) && IsWordChar(s[i - 1]))))
                {
                    i++;
                }

                AddWord(s.Slice(start, i - start), sink);
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>
    /// Folds, in place, full-width ASCII (ＦＢＡ, Chinese input methods type it) to ASCII, and the
    /// ideographic space to a space. Done by hand rather than with NFKC so both sides agree
    /// whatever the platform's Unicode tables (the engine runs with invariant globalization).
    /// </summary>
    private static void FoldWidth(Span<char> text)
    {
        // A vectorized look first: an English text has nothing to fold and is not walked.
        if (text.IndexOfAnyInRange('！', '～') < 0 && !text.Contains('　'))
        {
            return;
        }

        foreach (ref var c in text)
        {
            c = c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                _ => c,
            };
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsJoiner(char c) => c is '-' or '&' or '\'';

    private static void AddCjk(ReadOnlySpan<char> run, bool query, TokenSink sink)
    {
        if (run.Length == 1)
        {
            sink(run);
            return;
        }

        for (var j = 0; j + 1 < run.Length; j++)
        {
            sink(run.Slice(j, 2));
        }

        if (!query)
        {
            for (var j = 0; j < run.Length; j++)
            {
                sink(run.Slice(j, 1));
            }
        }
    }

    private static void AddWord(ReadOnlySpan<char> word, TokenSink sink)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal))
        {
            word = word[..^2];
        }

        if (word.IndexOfAny('-', '&') < 0)
        {
            Add(word, whole: false, sink);
            return;
        }

        Add(word, whole: true, sink);
        foreach (var range in word.SplitAny('-', '&'))
        {
            if (range.GetOffsetAndLength(word.Length).Length >= 2)
            {
                Add(word[range], whole: false, sink);
            }
        }

        static void Add(ReadOnlySpan<char> token, bool whole, TokenSink sink)
        {
            Span<char> buffer = token.Length < 128 ? stackalloc char[128] : new char[token.Length + 1];
            var stemmed = Stem(token, buffer);
            if (stemmed.Length == 0 || (!whole && token.Length <= LongestStopWord && StopWordSpans.Contains(token)) || (stemmed.Length == 1 && char.IsDigit(stemmed[0])))
            {
                return;
            }

            sink(stemmed);
        }
    }

    /// <summary>A light English stemmer: plurals, then -ing and -ed on longer words.</summary>
    public static string Stem(string w)
    {
        Span<char> buffer = stackalloc char[w.Length + 1];
        return Stem(w, buffer).ToString();
    }

    /// <summary><see cref="Stem(string)"/> without allocating; <paramref name="buffer"/> holds a result that does not end the word (-ies to -y).</summary>
    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> w, Span<char> buffer)
    {
        if (w.Length <= 4)
        {
            return w;
        }

        if (w.EndsWith("ies", StringComparison.Ordinal))
        {
            w[..^3].CopyTo(buffer);
            buffer[w.Length - 3] = 'y';
            w = buffer[..(w.Length - 2)];
        }
        else if (w.EndsWith("sses", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.EndsWith("es", StringComparison.Ordinal) && (w[^3] is 'x' or 'z' || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)))
        {
            w = w[..^2];
        }
        else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
        {
            w = w[..^3];
        }
        else if (w.Length > 5 && w.EndsWith("ed", StringComparison.Ordinal))
        {
            w = w[..^2];
        }

        return w;
    }

    /// <summary>The shard that holds <paramref name="token"/>: a hash of its first two characters, so prefix and one-typo lookups need one shard.</summary>
    public static int ShardOf(string token, int shards)
    {
        uint h = 0;
        foreach (var c in token.AsSpan(0, Math.Min(2, token.Length)))
        {
            h = unchecked((h * 31) + c);
        }

        return (int)(h % (uint)shards);
    }
}
