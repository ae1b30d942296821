namespace AppealHandbook.Core;

/// <summary>
/// Finds the first flow bracket (<c>[</c> or <c>{</c>) of a YAML text that is never closed,
/// skipping quoted values and comments: the position to report when the YAML parser gives up
/// without saying where.
/// </summary>
internal static class YamlBrackets
{
    /// <summary>The 1-based line and column of the first unclosed bracket, and the bracket; null when every bracket closes.</summary>
    public static (int Line, int Column, char Bracket)? FirstUnclosed(string text)
    {
        var open = new Stack<(int Line, int Column, char Bracket)>();
        var line = 1;
        var column = 0;
        char? quote = null;
        var previous = '\n';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            column++;
            if (c == '\n')
            {
                line++;
                column = 0;
                previous = c;
                continue;
            }

            if (quote is { } q)
            {
                if (c == q && !(q == '"' && text[i - 1] == '\\'))
                {
                    quote = null;
                }
            }
            else if (c is '"' or '\'' && IsValueStart(previous))
            {
                // A quote only starts a quoted value where a value starts (don't, 5' are plain text).
                quote = c;
            }
            else if (c == '#' && (char.IsWhiteSpace(previous) || column == 1))
            {
                var end = text.IndexOf('\n', i);
                column += (end < 0 ? text.Length : end) - i - 1;
                i = (end < 0 ? text.Length : end) - 1;
            }
            else if (c is '[' or '{' && IsValueStart(previous))
            {
                open.Push((line, column, c));
            }
            else if (c is ']' or '}' && open.Count > 0)
            {
                open.Pop();
            }

            if (!char.IsWhiteSpace(c) || c == '\n')
            {
                previous = c;
            }
            else if (previous is not (':' or '-' or ',' or '[' or '{'))
            {
                previous = ' ';
            }
        }

        return open.Count == 0 ? null : open.Reverse().First();
    }

    /// <summary>Whether a value may start after <paramref name="previous"/> (the last non-blank character, or a blank after text).</summary>
    private static bool IsValueStart(char previous) => previous is '\n' or ':' or '-' or ',' or '[' or '{' or '?';
}
