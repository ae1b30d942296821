using System.Text;
using AppealHandbook.Content;
using AppealHandbook.Data;

namespace AppealHandbook.Layout;

/// <summary>
/// The glossary's A–Z: each term filed under the first letter of its name in the page's
/// language, Chinese terms under the first letter of their pinyin, in dictionary order.
/// </summary>
/// <remarks>
/// The pinyin initial comes from GB2312, whose 3,755 common characters are stored in pinyin
/// order: the code of a character tells its initial without a dictionary (terms start with
/// common characters). A character outside that range, a digit or a symbol files the term under
/// <see cref="Other"/>.
/// </remarks>
public static class GlossaryIndex
{
    /// <summary>The heading for terms that start with no letter.</summary>
    public const string Other = "#";

    private static readonly Encoding Gb2312 = CreateEncoding();

    // First GB2312 code of each initial (no pinyin starts with I, U or V); the level ends at 0xD7F9.
    private static readonly (int Code, char Letter)[] Starts =
    [
        (0xB0A1, 'A'), (0xB0C5, 'B'), (0xB2C1, 'C'), (0xB4EE, 'D'), (0xB6EA, 'E'), (0xB7A2, 'F'),
        (0xB8C1, 'G'), (0xB9FE, 'H'), (0xBBF7, 'J'), (0xBFA6, 'K'), (0xC0AC, 'L'), (0xC2E8, 'M'),
        (0xC4C3, 'N'), (0xC5B6, 'O'), (0xC5BE, 'P'), (0xC6DA, 'Q'), (0xC8BB, 'R'), (0xC8F6, 'S'),
        (0xCBFA, 'T'), (0xCDDA, 'W'), (0xCEF4, 'X'), (0xD1B9, 'Y'), (0xD4D1, 'Z'),
    ];

    private const int LevelOneEnd = 0xD7F9;

    /// <summary>The terms grouped by initial, groups A–Z then <see cref="Other"/>, each in dictionary order.</summary>
    public static IReadOnlyList<(string Letter, IReadOnlyList<GlossaryTerm> Terms)> Group(IEnumerable<GlossaryTerm> terms, string lang) =>
        [.. terms
            .Select(t => (Term: t, Letter: Initial(t.Term[lang]), Key: SortKey(t.Term[lang])))
            .GroupBy(t => t.Letter)
            .OrderBy(g => g.Key == Other ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<GlossaryTerm>)[.. g.OrderBy(t => t.Key, StringComparer.Ordinal).ThenBy(t => t.Term.Id, StringComparer.Ordinal).Select(t => t.Term)]))];

    /// <summary>A–Z for a term's first letter (pinyin for Chinese), or <see cref="Other"/>.</summary>
    public static string Initial(string term)
    {
        var significant = Significant(term);
        var first = significant.IsEmpty ? '\0' : significant[0];
        if (char.IsAsciiLetter(first))
        {
            return char.ToUpperInvariant(first).ToString();
        }

        var code = Code(first);
        if (code < Starts[0].Code || code > LevelOneEnd)
        {
            return Other;
        }

        var letter = Starts[0].Letter;
        foreach (var (start, initial) in Starts)
        {
            if (code < start)
            {
                break;
            }

            letter = initial;
        }

        return letter.ToString();
    }

    // Latin letters compare case-blind; Chinese characters by GB2312 code, which is pinyin order.
    private static string SortKey(string term)
    {
        var key = new StringBuilder(term.Length * 4);
        foreach (var c in Significant(term))
        {
            var code = char.IsAscii(c) ? char.ToLowerInvariant(c) : Code(c);
            key.Append(code.ToString("X5", System.Globalization.CultureInfo.InvariantCulture));
        }

        return key.ToString();
    }

    // Opening quotes and title marks (《商业解决方案协议》) do not decide where a term is filed.
    private static ReadOnlySpan<char> Significant(string term)
    {
        var span = term.AsSpan().Trim();
        var start = 0;
        while (start < span.Length && (char.IsPunctuation(span[start]) || char.IsSymbol(span[start]) || char.IsWhiteSpace(span[start])))
        {
            start++;
        }

        return span[start..];
    }

    private static int Code(char c)
    {
        if (char.IsAscii(c) || char.IsSurrogate(c))
        {
            return char.IsAscii(c) ? c : 0xFFFFF;
        }

        Span<byte> bytes = stackalloc byte[4];
        var length = Gb2312.GetBytes([c], bytes);
        return length == 2 ? (bytes[0] << 8) | bytes[1] : 0xF0000 + c;
    }

    private static Encoding CreateEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("gb2312", new EncoderReplacementFallback(""), DecoderFallback.ReplacementFallback);
    }
}
