using System.Buffers;
using AppealHandbook.Core;
using Markdig.Syntax;

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

    /// <summary>
    /// Most emphasis markers (<c>*</c>, <c>_</c>, <c>~</c>) in one paragraph: Markdig pairs them up
    /// by looking back through the paragraph's earlier markers, and with thousands left unpaired
    /// a paragraph's cost grows with the square of their number. Bounding each paragraph keeps an
    /// article's cost linear.
    /// </summary>
    public const int MaxEmphasisPerParagraph = 2000;

    /// <summary>
    /// Most <c>[</c> left open at once in a paragraph: Markdig nests what follows an unclosed
    /// bracket inside it, and a nesting deep enough makes parsing quadratic and rendering fail.
    /// </summary>
    public const int MaxOpenBrackets = 32;

    /// <summary>Deepest a parsed article's tree may be (the renderer refuses 128 levels).</summary>
    public const int MaxTreeDepth = 100;

    /// <summary>Reports the first line that breaks a limit; true when the text is within them.</summary>
    public static bool Check(string text, string path, DiagnosticBag diagnostics)
    {
        var lineNumber = 0;
        var openBrackets = 0;
        var emphasis = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            if (line.IsWhiteSpace())
            {
                // A blank line ends the paragraph: unclosed brackets and unpaired emphasis never reach past it.
                openBrackets = 0;
                emphasis = 0;
                continue;
            }

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

            emphasis += line.Count('*') + line.Count('_') + line.Count('~');
            if (emphasis > MaxEmphasisPerParagraph)
            {
                diagnostics.Error(path, lineNumber, 1, DiagnosticCodes.TooDeep,
                    $"This paragraph has more than {MaxEmphasisPerParagraph} emphasis markers (*, _, ~). Split it with blank lines, or remove stray markers.");
                return false;
            }

            // Brackets are followed across the paragraph's lines, once the line itself is within its limit.
            for (var i = line.IndexOfAny('[', ']'); i >= 0; i = line[(i + 1)..].IndexOfAny('[', ']') is var next and >= 0 ? i + 1 + next : -1)
            {
                if (line[i] == ']')
                {
                    openBrackets = Math.Max(0, openBrackets - 1);
                }
                else if (++openBrackets > MaxOpenBrackets)
                {
                    diagnostics.Error(path, lineNumber, i + 1, DiagnosticCodes.TooDeep,
                        $"More than {MaxOpenBrackets} '[' are left open in this paragraph. Close each link's text with ']', or write \\[ for a literal bracket.");
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Reports (ST010) the first node of <paramref name="document"/> nested deeper than
    /// <see cref="MaxTreeDepth"/>; true when none is. A backstop for nesting the line checks do not foresee.
    /// </summary>
    public static bool CheckTree(Markdig.Syntax.MarkdownDocument document, string path, DiagnosticBag diagnostics)
    {
        foreach (var node in TreeWalk.All<Markdig.Syntax.MarkdownObject>(document))
        {
            // Only containers can deepen the tree; each one's depth is counted up to the limit, so the check is linear.
            if (node is not (Markdig.Syntax.ContainerBlock or Markdig.Syntax.Inlines.ContainerInline))
            {
                continue;
            }

            var depth = 0;
            for (Markdig.Syntax.MarkdownObject? current = node; current is not null && depth <= MaxTreeDepth; depth++)
            {
                current = current switch
                {
                    Markdig.Syntax.Inlines.Inline { Parent: { } parent } => parent,
                    Markdig.Syntax.Inlines.ContainerInline container => container.ParentBlock,
                    Markdig.Syntax.Block block => block.Parent,
                    _ => null,
                };
            }

            if (depth > MaxTreeDepth)
            {
                diagnostics.Error(path, node.Line + 1, node.Column + 1, DiagnosticCodes.TooDeep,
                    $"Markdown here is nested more than {MaxTreeDepth} levels deep (quotes, lists, links and emphasis inside each other). Flatten the structure.");
                return false;
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
