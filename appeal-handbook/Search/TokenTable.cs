namespace AppealHandbook.Search;

/// <summary>
/// One worker thread's tokens: each distinct token it has met, found from a span without
/// allocating. Chinese tokens (one or two ideographs, most of a Chinese article's tokens) skip
/// string hashing: a single ideograph is found by its code, a pair by its two characters packed
/// into an integer, which hashes and compares several times faster than a string.
/// </summary>
internal sealed class TokenTable
{
    private readonly Dictionary<string, Token>.AlternateLookup<ReadOnlySpan<char>> _bySpan =
        new Dictionary<string, Token>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly Dictionary<int, Token> _cjk = [];

    /// <summary>Single ideographs, by UTF-16 code: half of a Chinese article's tokens, found without hashing.</summary>
    private readonly Token?[] _single = new Token?[char.MaxValue + 1];

    /// <summary>Every token of the table.</summary>
    public IEnumerable<Token> Tokens => _bySpan.Dictionary.Values.Concat(_cjk.Values).Concat(_single.OfType<Token>());

    /// <summary>The token equal to <paramref name="text"/>, made on first sight.</summary>
    public Token Get(ReadOnlySpan<char> text)
    {
        if (text.Length == 1 && SearchTokenizer.IsCjk(text[0]))
        {
            return _single[text[0]] ??= new Token(text.ToString());
        }

        if (IsPair(text))
        {
            var key = (text[0] << 16) | text[1];
            if (!_cjk.TryGetValue(key, out var cjk))
            {
                _cjk.Add(key, cjk = new Token(text.ToString()));
            }

            return cjk;
        }

        if (!_bySpan.TryGetValue(text, out var token))
        {
            token = new Token(text.ToString());
            _bySpan.Dictionary.Add(token.Text, token);
        }

        return token;
    }

    /// <summary>Two CJK ideographs: keyed by the two characters packed into an integer, the first in the high half.</summary>
    private static bool IsPair(ReadOnlySpan<char> token) =>
        token.Length == 2 && SearchTokenizer.IsCjk(token[0]) && SearchTokenizer.IsCjk(token[1]);
}
