using System.Buffers;
using System.Collections;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AppealHandbook.Markdown;

/// <summary>
/// The nodes of a Markdown tree, blocks and inlines, in document order (a node before its
/// children, as Markdig's <c>Descendants</c> gives them).
/// </summary>
/// <remarks>
/// Every article's tree is walked about ten times in a build (the safety checks, the links, the
/// glossary, the quotes, the search text). Markdig's walk keeps two stacks and hands each node
/// through an iterator, and its typed form walks every node of the tree to find those of one type.
/// This one keeps the blocks still to visit in one pooled array, walks a paragraph's inlines by
/// their sibling and parent links, and does not enter the inlines at all when only blocks are
/// wanted: a walk allocates nothing. As with Markdig's, a node's children are read when the walk
/// moves past it, so a caller must not add or remove nodes while it walks (the modules collect
/// what they change, then change it). No recursion: a tree nested deeper than the limits allow
/// (<see cref="MarkdownLimits"/>, which walks with this) cannot exhaust the call stack.
/// </remarks>
internal static class TreeWalk
{
    /// <summary>Every node of type <typeparamref name="T"/> under <paramref name="root"/> (not the root itself), in document order.</summary>
    public static Nodes<T> All<T>(ContainerBlock root)
        where T : MarkdownObject => new(root);

    /// <summary>The nodes of one type under a root, walked as they are enumerated.</summary>
    public readonly struct Nodes<T>(ContainerBlock root) : IEnumerable<T>
        where T : MarkdownObject
    {
        /// <summary>Starts the walk.</summary>
        public Enumerator GetEnumerator() => new(root);

        IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>The walk's place: the blocks still to visit, and the inline last visited under a block.</summary>
        public struct Enumerator : IEnumerator<T>
        {
            private static readonly bool InlinesWanted = !typeof(Block).IsAssignableFrom(typeof(T));

            private Block[] _blocks;
            private int _count;
            private ContainerInline? _inlineRoot;
            private Inline? _inline;
            private T? _current;

            internal Enumerator(ContainerBlock root)
            {
                _blocks = ArrayPool<Block>.Shared.Rent(32);
                PushChildren(root);
            }

            /// <inheritdoc />
            public readonly T Current => _current!;

            readonly object IEnumerator.Current => Current;

            /// <inheritdoc />
            public bool MoveNext()
            {
                while (true)
                {
                    // The inlines of the leaf block visited last, each before its children.
                    if (_inlineRoot is not null && NextInline() is { } inline)
                    {
                        if (inline is T wanted)
                        {
                            _current = wanted;
                            return true;
                        }

                        continue;
                    }

                    if (_count == 0)
                    {
                        _current = null;
                        return false;
                    }

                    var block = _blocks[--_count];
                    if (block is ContainerBlock container)
                    {
                        PushChildren(container);
                    }
                    else if (InlinesWanted && block is LeafBlock { Inline: { } inlines })
                    {
                        _inlineRoot = inlines;
                        _inline = null;
                    }

                    if (block is T found)
                    {
                        _current = found;
                        return true;
                    }
                }
            }

            /// <summary>The inline after the one visited last under <see cref="_inlineRoot"/>, or null (and the block's inlines done) when there is none.</summary>
            private Inline? NextInline()
            {
                var node = _inline;
                if (node is null)
                {
                    node = _inlineRoot!.FirstChild;
                }
                else if (node is ContainerInline { FirstChild: { } first })
                {
                    node = first;
                }
                else
                {
                    // The next sibling of the node or of its nearest ancestor that has one, below the root.
                    while (node is not null && node.NextSibling is null)
                    {
                        node = node.Parent == _inlineRoot ? null : node.Parent;
                    }

                    node = node?.NextSibling;
                }

                _inline = node;
                if (node is null)
                {
                    _inlineRoot = null;
                }

                return node;
            }

            private void PushChildren(ContainerBlock container)
            {
                if (_count + container.Count > _blocks.Length)
                {
                    var larger = ArrayPool<Block>.Shared.Rent(Math.Max(_blocks.Length * 2, _count + container.Count));
                    _blocks.AsSpan(0, _count).CopyTo(larger);
                    ArrayPool<Block>.Shared.Return(_blocks, clearArray: true);
                    _blocks = larger;
                }

                for (var i = container.Count - 1; i >= 0; i--)
                {
                    _blocks[_count++] = container[i];
                }
            }

            /// <inheritdoc />
            public void Dispose()
            {
                if (_blocks.Length > 0)
                {
                    ArrayPool<Block>.Shared.Return(_blocks, clearArray: true);
                    _blocks = [];
                    _count = 0;
                }
            }

            /// <inheritdoc />
            public void Reset() => throw new NotSupportedException();
        }
    }
}
