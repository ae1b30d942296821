using System.Text.RegularExpressions;

namespace AppealHandbook.Checks;

/// <summary>
/// Finds ASCII double quotes around Chinese text in one line of Markdown: Chinese typography
/// quotes with “” or 「」, and a pair of "..." between ideographs reads as a stray English mark.
/// </summary>
public static partial class AsciiQuotes
{
    /// <summary>The 1-based columns of each opening quote of an ASCII-quoted span that holds a Chinese ideograph.</summary>
    public static IEnumerable<int> Find(string line)
    {
        if (!line.Contains('"', StringComparison.Ordinal))
        {
            return [];
        }

        // Code spans and link destinations are not prose: their quotes are syntax or literal text.
        var prose = NotProse().Replace(line, m => new string(' ', m.Length));
        var columns = new List<int>();
        var open = -1;
        for (var i = 0; i < prose.Length; i++)
        {
            if (prose[i] != '"')
            {
                continue;
            }

            if (open < 0)
            {
                open = i;
                continue;
            }

            if (prose.AsSpan(open + 1, i - open - 1).ContainsAnyInRange('\u3400', '\u9FFF'))
            {
                columns.Add(open + 1);
            }

            open = -1;
        }

        return columns;
    }

    /// <summary>An inline code span, or the <c>(destination "title")</c> of a link or image.</summary>
    [GeneratedRegex(@"(`+)[^`]*?\1|\]\([^)]*\)")]
    private static partial Regex NotProse();
}
