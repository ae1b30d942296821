using System.Text;
using AppealHandbook.Core;
using Markdig.Syntax.Inlines;


namespace AppealHandbook.Markdown;

/// <summary>The plain text of Markdown inlines (a heading's text, an image's alt text).</summary>
public static class InlineText
{
    /// <summary>Concatenates the literal text under <paramref name="container"/>.</summary>
    public static string Of(ContainerInline? container)
    {
        if (container is null)
        {
            return "";
        }

        // Headings and link texts are read for every article.
        var builder = Builders.Take();
        AppendTo(container, builder);
        var text = builder.ToString();
        Builders.Return(builder);
        return text;
    }

    /// <summary>
    /// Appends the literal text under <paramref name="container"/>, trimmed, to <paramref name="builder"/>
    /// without making a string: the search index gathers the text of every paragraph of every article this way.
    /// </summary>
    public static void AppendTo(ContainerInline? container, StringBuilder builder)
    {
        if (container is null)
        {
            return;
        }

        var start = builder.Length;
        Append(container, builder);
        var end = builder.Length;
        while (end > start && char.IsWhiteSpace(builder[end - 1]))
        {
            end--;
        }

        builder.Length = end;
        var leading = 0;
        while (start + leading < end && char.IsWhiteSpace(builder[start + leading]))
        {
            leading++;
        }

        builder.Remove(start, leading);
    }

    private static void Append(ContainerInline container, StringBuilder builder)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
                case ContainerInline child:
                    Append(child, builder);
                    break;
            }
        }
    }

    /// <summary>Each thread's builder; one that a long text grew past 64 Ki characters is not kept.</summary>
    private static readonly ThreadBuilder Builders = new(largestKept: 1 << 16);
}
