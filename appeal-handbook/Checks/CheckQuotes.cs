using AppealHandbook.Core;
using AppealHandbook.Markdown;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace AppealHandbook.Checks;

/// <summary>
/// Warns about ASCII quotes around Chinese text (<c>"封号"</c>) in an article's prose and in the
/// front matter a reader sees (title, summary, the "Do this now" lists), at the line where each is
/// written. Code blocks, code spans and link destinations are left alone.
/// </summary>
public sealed class CheckQuotes : IOnePageModule
{
    private const string Fix = "Chinese text takes Chinese quotation marks: write “…” or 「…」 instead of \"…\".";

    /// <inheritdoc />
    public ModuleContract Contract { get; } = ModuleContract.PerPage("checks each article's prose and visible front matter for ASCII quotes around Chinese text");

    /// <inheritdoc />
    public void Execute(BuildState state) =>
        Parallel.ForEach(
            state.Pages.Where(IsChecked),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, state.Options.MaxDegreeOfParallelism) },
            page => Check(page, state));

    /// <inheritdoc />
    public Page RunOnOne(Page page, BuildState state)
    {
        if (IsChecked(page))
        {
            Check(page, state);
        }

        return page;
    }

    private static bool IsChecked(Page page) => page.Kind == PageKind.Article && page.Markdown is not null;

    /// <summary>Checks one article.</summary>
    private static void Check(Page page, BuildState state)
    {
        var source = page.Source!;
        var fm = page.FrontMatter!;
        var diagnostics = state.Diagnostics;
        foreach (var (field, values) in new (string, IEnumerable<string>)[]
        {
            (FrontMatterKeys.Title, [fm.Title]),
            (FrontMatterKeys.Summary, [fm.Summary]),
            (FrontMatterKeys.FirstSteps, fm.FirstSteps),
            (FrontMatterKeys.Avoid, fm.Avoid),
        })
        {
            if (values.Any(v => AsciiQuotes.Find(v).Any()))
            {
                diagnostics.Warning(source.Path, fm.LineOf(field), 1, DiagnosticCodes.AsciiQuotesAroundChinese, $"'{field}' has ASCII quotes around Chinese text. {Fix}");
            }
        }

        // Most articles have no ASCII quote in their body at all: only the lines that hold one are
        // looked at, and only when one of them is prose.
        var text = source.Text;
        var document = page.Markdown!;
        // The front matter (its quotes are YAML's) is checked field by field above, and is no prose.
        var body = document.Count > 0 && document[0] is YamlFrontMatterBlock frontMatter ? Math.Min(text.Length, frontMatter.Span.End + 1) : 0;
        List<(int First, int Last)>? prose = null;
        foreach (var (line, content) in QuotedLines(text, body))
        {
            prose ??= ProseLines(document, text);
            if (!prose.Any(range => line >= range.First && line <= range.Last))
            {
                continue;
            }

            foreach (var column in AsciiQuotes.Find(content))
            {
                diagnostics.Warning(source.Path, line + 1, column, DiagnosticCodes.AsciiQuotesAroundChinese, Fix);
            }
        }
    }

    /// <summary>The 0-based lines of <paramref name="text"/> that hold an ASCII double quote at or after <paramref name="from"/>, with their text, in order.</summary>
    private static IEnumerable<(int Line, string Content)> QuotedLines(string text, int from)
    {
        var line = 0;
        var lineStart = 0;
        for (var at = text.IndexOf('"', from); at >= 0; at = text.IndexOf('"', lineStart))
        {
            line += text.AsSpan(lineStart, at - lineStart).Count('\n');
            lineStart = text.LastIndexOf('\n', at) + 1;
            var lineEnd = text.IndexOf('\n', at);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            yield return (line, text[lineStart..lineEnd]);
            if (lineEnd == text.Length)
            {
                yield break;
            }

            line++;
            lineStart = lineEnd + 1;
        }
    }

    /// <summary>The 0-based first and last line of each paragraph and heading (inside lists, quotes and tables too), in order.</summary>
    private static List<(int First, int Last)> ProseLines(MarkdownDocument document, string text)
    {
        var lines = new List<(int First, int Last)>();
        foreach (var block in TreeWalk.All<LeafBlock>(document).Where(b => b is ParagraphBlock or HeadingBlock))
        {
            var end = Math.Min(block.Span.End, text.Length - 1);
            var count = block.Span.Start <= end ? text.AsSpan(block.Span.Start, end - block.Span.Start + 1).Count('\n') : 0;
            lines.Add((block.Line, block.Line + count));
        }

        return lines;
    }
}
