namespace AppealHandbook.Search;

/// <summary>
/// One worker thread's tokens: each distinct token it has met gets an id (0, 1, 2... in order of
/// first sight), found from a span without allocating. Chinese tokens (one or two ideographs,
/// most of a Chinese article's tokens) skip string hashing: a single ideograph is found by its
/// code, a pair by its two characters packed into an integer (<see cref="PairTable"/>).
/// </summary>
internal sealed class TokenTable
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySpan =
        new Dictionary<string, int>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly PairTable _pairs = new();

    /// <summary>Single ideographs by UTF-16 code: id + 1, 0 for one not met yet.</summary>
    private readonly int[] _single = new int[char.MaxValue + 1];

    private readonly List<string> _texts = [];

    /// <summary>Every token of the table, by id.</summary>
    public IReadOnlyList<string> Texts => _texts;

    /// <summary>How many tokens the table has: ids run from 0 to <c>Count - 1</c>.</summary>
    public int Count => _texts.Count;

    /// <summary>Each token's number in the language's index, by id (<see cref="TokenNumbering.Number"/>).</summary>
    public int[] Numbers { get; set; } = [];

    /// <summary>The id of the token equal to <paramref name="text"/>, made on first sight.</summary>
    public int Get(ReadOnlySpan<char> text)
    {
        if (text.Length == 1 && SearchTokenizer.IsCjk(text[0]))
        {
            ref var single = ref _single[text[0]];
            if (single == 0)
            {
                single = New(text) + 1;
            }

            return single - 1;
        }

        if (text.Length == 2 && SearchTokenizer.IsCjk(text[0]) && SearchTokenizer.IsCjk(text[1]))
        {
            var key = (text[0] << 16) | text[1];
            var pair = _pairs.Find(key);
            if (pair < 0)
            {
                _pairs.Add(key, pair = New(text));
            }

            return pair;
        }

        if (!_bySpan.TryGetValue(text, out var id))
        {
            id = New(text);
            _bySpan.Dictionary.Add(_texts[id], id);
        }

        return id;
    }

    private int New(ReadOnlySpan<char> text)
    {
        _texts.Add(text.ToString());
        return _texts.Count - 1;
    }
}
