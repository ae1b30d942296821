using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AppealHandbook.Markdown;

/// <summary>
/// The nodes of a Markdown tree, blocks and inlines, in document order (a node before its
/// children, as Markdig's <c>Descendants</c> gives them), collected into a list.
/// </summary>
/// <remarks>
/// Every article's tree is walked about ten times in a build (the safety checks, the links, the
/// glossary, the quotes, the search text). Markdig's walk keeps two stacks and hands each node
/// through an iterator, and its typed form walks every node of the tree to find those of one type.
/// This one keeps the blocks still to visit in one stack, walks a paragraph's inlines by their
/// sibling and parent links, and does not enter the inlines at all when only blocks are wanted.
/// No recursion: a tree nested deeper than the limits allow (<see cref="MarkdownLimits"/>, which
/// walks with this) cannot exhaust the call stack.
/// </remarks>
internal static class TreeWalk
{
    /// <summary>Every node of type <typeparamref name="T"/> under <paramref name="root"/> (not the root itself), in document order.</summary>
    public static List<T> All<T>(ContainerBlock root)
        where T : MarkdownObject
    {
        var found = new List<T>();
        var inlinesWanted = !typeof(Block).IsAssignableFrom(typeof(T));
        var blocks = new Stack<Block>();
        PushChildren(root, blocks);
        while (blocks.TryPop(out var block))
        {
            if (block is T wanted)
            {
                found.Add(wanted);
            }

            if (block is ContainerBlock container)
            {
                PushChildren(container, blocks);
            }
            else if (inlinesWanted && block is LeafBlock { Inline: { } inline })
            {
                AddInlines(inline, found);
            }
        }

        return found;
    }

    private static void PushChildren(ContainerBlock container, Stack<Block> blocks)
    {
        for (var i = container.Count - 1; i >= 0; i--)
        {
            blocks.Push(container[i]);
        }
    }

    /// <summary>The inlines under <paramref name="root"/> (not the root), each before its children.</summary>
    private static void AddInlines<T>(ContainerInline root, List<T> found)
        where T : MarkdownObject
    {
        Inline? node = root.FirstChild;
        while (node is not null)
        {
            if (node is T wanted)
            {
                found.Add(wanted);
            }

            if (node is ContainerInline { FirstChild: { } first })
            {
                node = first;
                continue;
            }

            // The next sibling of the node or of its nearest ancestor that has one, below the root.
            while (node.NextSibling is null)
            {
                node = node.Parent;
                if (node is null || node == root)
                {
                    return;
                }
            }

            node = node.NextSibling;
        }
    }
}
