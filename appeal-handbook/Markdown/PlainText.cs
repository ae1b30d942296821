using System.Text;
using Markdig.Syntax;


namespace AppealHandbook.Markdown;

/// <summary>The readable text of Markdown blocks, for search and snippets.</summary>
public static class PlainText
{
    /// <summary>Appends the text of <paramref name="block"/> (and its children) to <paramref name="builder"/>.</summary>
    public static void Append(Block block, StringBuilder builder)
    {
        switch (block)
        {
            case LeafBlock { Inline: { } inline }:
                InlineText.AppendTo(inline, builder);
                builder.Append(' ');
                break;
            case LeafBlock { Lines.Lines: { } lines } leaf:
                foreach (var line in lines.Take(leaf.Lines.Count))
                {
                    builder.Append(line.Slice.AsSpan()).Append(' ');
                }

                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Append(child, builder);
                }

                break;
        }
    }
}
