using System.Globalization;
using AppealHandbook.Diagnostics;

namespace AppealHandbook.Content;

/// <summary>
/// Removes invisible format characters from an article or data file as it is read, with one
/// warning (ST012) at the first: bidirectional overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069) can make a title or heading read differently than it is written (the
/// "Trojan Source" trick), and zero-width spaces and joiners hide inside words, ids and search
/// terms. Removing them everywhere, rather than only in titles and headings, keeps the page,
/// its ids, the search index and the feeds consistent.
/// </summary>
/// <remarks>
/// The zero-width joiner (U+200D) stays: emoji sequences need it. A byte-order mark is dealt
/// with by <see cref="TextDecoder"/> before this runs.
/// </remarks>
public static class InvisibleCharacters
{
    /// <summary><paramref name="text"/> without format characters; reports the first one found.</summary>
    public static string Strip(string text, string path, DiagnosticBag diagnostics)
    {
        var first = IndexOfInvisible(text, 0);
        if (first < 0)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        var count = 0;
        for (var i = 0; i < text.Length; i++)
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
