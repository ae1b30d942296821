using System.Globalization;

namespace AppealHandbook.Core;

/// <summary>
/// Removes invisible format characters from what is published (an article's title, summary,
/// lists, headings and body; data files), with a warning (ST013) at the first: bidirectional overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069) can make a title or heading read differently than it is written (the
/// "Trojan Source" trick), and zero-width spaces and joiners hide inside words, ids and search
/// terms. Removing them from all published text, not only titles and headings, keeps the page,
/// its ids, the search index and the feeds consistent. Keys, ids and dates are left alone: they
/// are validated, and refused when they hold such a character.
/// </summary>
/// <remarks>
/// The zero-width joiner (U+200D) stays: emoji sequences need it. A byte-order mark is dealt
/// with by <see cref="TextDecoder"/> before this runs.
/// </remarks>
public static class InvisibleCharacters
{
    /// <summary>
    /// <paramref name="text"/> without format characters from <paramref name="from"/> on (what
    /// comes before, such as front matter checked on its own, is kept as it is); reports the first one removed.
    /// </summary>
    public static string Strip(string text, int from, string path, DiagnosticBag diagnostics)
    {
        var first = IndexOfInvisible(text, from);
        if (first < 0)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        builder.Append(text, 0, from);
        var count = 0;
        for (var i = from; i < text.Length; i++)
        {
            if (IsInvisible(text[i]))
            {
                count++;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        var before = text.AsSpan(0, first);
        var line = before.Count('\n') + 1;
        var column = first - (before.LastIndexOf('\n') + 1) + 1;
        diagnostics.Warning(path, line, column, DiagnosticCodes.InvisibleCharacters,
            $"Removed {count} invisible format character(s), the first U+{(int)text[first]:X4} here; they can make text read differently than it is written. Delete them from the file.");
        return builder.ToString();
    }

    /// <summary>
    /// An article's text with format characters removed from its Markdown body; the front matter
    /// (between the first two <c>---</c> lines) is kept as written, since its fields are checked
    /// and cleaned one by one.
    /// </summary>
    public static string StripBody(string article, string path, DiagnosticBag diagnostics) =>
        Strip(article, BodyStart(article), path, diagnostics);

    /// <summary>The offset just after the front matter's closing fence; 0 when the text does not start with front matter.</summary>
    private static int BodyStart(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return 0;
        }

        for (var start = 4; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            var line = text.AsSpan(start, (end < 0 ? text.Length : end) - start).TrimEnd();
            if (line is "---" or "...")
            {
                return end < 0 ? text.Length : end + 1;
            }

            if (end < 0)
            {
                break;
            }

            start = end + 1;
        }

        return 0;
    }

    /// <summary>Whether <paramref name="text"/> holds a format character to remove.</summary>
    public static bool Contains(string text) => IndexOfInvisible(text, 0) >= 0;

    /// <summary><paramref name="text"/> without format characters (but the zero-width joiner).</summary>
    public static string Remove(string text) => Contains(text) ? string.Concat(text.Where(c => !IsInvisible(c))) : text;

    /// <summary>Whether <paramref name="c"/> is a format character other than the zero-width joiner.</summary>
    public static bool IsInvisible(char c) =>
        c != '\u200D' && c >= '\u00AD' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    private static int IndexOfInvisible(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (IsInvisible(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
