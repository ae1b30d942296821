using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AppealHandbook.Markdown;

/// <summary>
/// Gives each heading without an explicit <c>{#id}</c> an id made from its text as GitHub does
/// (<c>## Common causes</c> → <c>common-causes</c>, Chinese letters kept), numbering repeats
/// <c>-1</c>, <c>-2</c>…: the ids Markdig's auto-identifiers make, in linear time.
/// </summary>
/// <remarks>
/// Markdig's own extension numbers the k-th repeat of a heading by trying every suffix from 1
/// again, so n headings with the same text cost n²/2 attempts (50,000 of them in one article
/// took minutes). Here each text remembers the last number it used and continues from there; a
/// number already taken by another heading (the text "A 1" makes <c>a-1</c>) is still skipped,
/// and since each taken id blocks at most one text's numbering, the total work stays linear.
/// </remarks>
public sealed class HeadingIdExtension : IMarkdownExtension
{
    private const string NumberingKey = nameof(HeadingIdExtension);

    [ThreadStatic]
    private static HtmlRenderer? t_stripRenderer;

    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Setext headings (text underlined with ===) start as paragraphs, so both parsers are hooked.
        foreach (var parser in new BlockParser?[] { pipeline.BlockParsers.Find<HeadingBlockParser>(), pipeline.BlockParsers.FindExact<ParagraphBlockParser>() })
        {
            if (parser is not null)
            {
                parser.Closed -= OnClosed;
                parser.Closed += OnClosed;
            }
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void OnClosed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading)
        {
            // The id needs the heading's inlines (and an explicit {#id} is only known after them).
            heading.ProcessInlinesEnd += OnInlinesEnd;
        }
    }

    private static void OnInlinesEnd(InlineProcessor processor, Inline? inline)
    {
        var heading = (HeadingBlock)processor.Block!;
        var attributes = heading.GetAttributes();
        if (heading.Inline is null || attributes.Id is not null)
        {
            return;
        }

        if (processor.Document.GetData(NumberingKey) is not Numbering numbering)
        {
            numbering = new Numbering();
            processor.Document.SetData(NumberingKey, numbering);
        }

        var id = LinkHelper.UrilizeAsGfm(Text(heading.Inline));
        attributes.Id = numbering.Next(id.Length == 0 ? "section" : id);
    }

    /// <summary>The heading's text without markup, as Markdig's auto-identifiers read it.</summary>
    private static string Text(ContainerInline inline)
    {
        var renderer = t_stripRenderer ??= new HtmlRenderer(new StringWriter()) { EnableHtmlForInline = false, EnableHtmlEscape = false };
        var writer = (StringWriter)renderer.Writer;
        writer.GetStringBuilder().Clear();
        renderer.Render(inline);
        renderer.Writer.Flush();
        return writer.ToString();
    }

    /// <summary>The ids used so far in one document, and the last number each base id was given.</summary>
    private sealed class Numbering
    {
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _last = new(StringComparer.Ordinal);

        public string Next(string id)
        {
            if (_used.Add(id))
            {
                return id;
            }

            var number = _last.GetValueOrDefault(id);
            string candidate;
            do
            {
                number++;
                candidate = id + "-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            while (!_used.Add(candidate));

            _last[id] = number;
            return candidate;
        }
    }
}
