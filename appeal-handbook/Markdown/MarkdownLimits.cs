using System.Buffers;
using AppealHandbook.Core;

namespace AppealHandbook.Markdown;

/// <summary>
/// Refuses Markdown shaped to exhaust the parser before it reaches Markdig: containers nested
/// deeper than any article needs (Markdig and its renderer recurse per level, and a deep enough
/// document would overflow the stack and kill the process), and lines packed with thousands of
/// unmatched delimiters (which make inline parsing slow).
/// </summary>
public static class MarkdownLimits
{
    /// <summary>Deepest nesting of quotes and lists an article may use.</summary>
    public const int MaxDepth = 24;

    /// <summary>Most delimiter characters (<c>*_[]`~!&lt;</c>) on one line.</summary>
    public const int MaxDelimitersPerLine = 1000;

    private static readonly SearchValues<char> Delimiters = SearchValues.Create("*_[]`~!<");

    /// <summary>Reports the first line that breaks a limit; true when the text is within them.</summary>
    public static bool Check(string text, string path, DiagnosticBag diagnostics)
    {
        var lineNumber = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            if (Depth(line) > MaxDepth)
            {
                diagnostics.Error(path, lineNumber, 1, DiagnosticCodes.TooDeep,
                    $"Quotes and lists are nested more than {MaxDepth} levels deep here. Flatten the structure.");
                return false;
            }

            // Counted by jumping from one marker to the next (vectorised): most lines have none or a few.
            var delimiters = 0;
            for (var rest = line; rest.IndexOfAny(Delimiters) is var at and >= 0; rest = rest[(at + 1)..])
            {
                if (++delimiters > MaxDelimitersPerLine)
                {
                    diagnostics.Error(path, lineNumber, 1, DiagnosticCodes.TooDeep,
                        $"This line has more than {MaxDelimitersPerLine} Markdown markers (*, _, [, `, ~, <). Split or simplify it.");
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Container markers at the start of a line ('>' and list bullets), plus indentation in steps of two.</summary>
    private static int Depth(ReadOnlySpan<char> line)
    {
        var depth = 0;
        var indent = 0;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == ' ')
            {
                indent++;
                i++;
            }
            else if (c == '\t')
            {
                indent += 4;
                i++;
            }
            else if (c == '>')
            {
                depth++;
                i++;
            }
            else if (c is '-' or '*' or '+' && i + 1 < line.Length && line[i + 1] == ' ')
            {
                depth++;
                i += 2;
            }
            else if (char.IsAsciiDigit(c))
            {
                var j = i;
                while (j < line.Length && j - i < 9 && char.IsAsciiDigit(line[j]))
                {
                    j++;
                }

                if (j + 1 < line.Length && line[j] is '.' or ')' && line[j + 1] == ' ')
                {
                    depth++;
                    i = j + 2;
                }
                else
                {
                    break;
                }
            }
            else
            {
                break;
            }
        }

        return depth + (indent / 2);
    }
}
