using System.Text;
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

        var builder = new StringBuilder();
        Append(container, builder);
        return builder.ToString().Trim();
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
}
