using AppealHandbook.Markdown;
using AppealHandbook.Tests.TestKit;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AppealHandbook.Tests.Markdown;

/// <summary>The walk the modules use finds the nodes Markdig's <c>Descendants</c> finds, in the same order.</summary>
[Trait(Category.Name, Category.Unit)]
public class TreeWalkTests
{
    private const string Article = """
        # Title with *emphasis* and `code`

        A paragraph with a [link **with bold**](https://example.org) and ![an image](a.png).

        > A quote with a list:
        >
        > - item one, [nested *link*](xref:other#part)
        > - [ ] a task
        >   1. deep **strong _and em_ text**

        | Column | Other |
        |---|---|
        | a [cell link](b.md) | `x` |

        ```
        code block
        ```

        Last line<br> with html.
        """;

    [Fact]
    public void Finds_every_node_in_the_order_Markdig_gives()
    {
        var document = Parse(Article);

        Assert.Equal(document.Descendants().ToList(), TreeWalk.All<MarkdownObject>(document));
    }

    [Fact]
    public void Finds_the_nodes_of_one_type_in_the_order_Markdig_gives()
    {
        var document = Parse(Article);

        AssertSame(document.Descendants<LinkInline>(), TreeWalk.All<LinkInline>(document), expected: 4);
        AssertSame(document.Descendants<LiteralInline>(), TreeWalk.All<LiteralInline>(document), expected: 24);
        AssertSame(document.Descendants<EmphasisInline>(), TreeWalk.All<EmphasisInline>(document), expected: 5);
        AssertSame(document.Descendants<LeafBlock>(), TreeWalk.All<LeafBlock>(document), expected: 12);
        AssertSame(document.Descendants<ContainerBlock>(), TreeWalk.All<ContainerBlock>(document), expected: 13);
    }

    [Fact]
    public void Finds_nothing_in_an_empty_document() =>
        Assert.Empty(TreeWalk.All<MarkdownObject>(Parse("")));

    [Fact]
    public void Walks_a_deeply_nested_tree_as_Markdig_does()
    {
        var document = Parse(new string('>', 100) + " deep *in **a** quote*");

        AssertSame(document.Descendants(), TreeWalk.All<MarkdownObject>(document), expected: 107);
    }

    [Fact]
    public void Walks_a_long_list_as_Markdig_does()
    {
        // More blocks at one level than the walk first makes room for.
        var document = Parse(string.Join("\n", Enumerable.Range(0, 300).Select(i => $"- item {i} *x*")));

        AssertSame(document.Descendants(), TreeWalk.All<MarkdownObject>(document), expected: 1501);
    }

    private static MarkdownDocument Parse(string markdown) =>
        Markdig.Markdown.Parse(markdown, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());

    private static void AssertSame<T>(IEnumerable<T> markdig, TreeWalk.Nodes<T> nodes, int expected)
        where T : MarkdownObject
    {
        var walked = new List<T>();
        foreach (var node in nodes)
        {
            walked.Add(node);
        }

        Assert.Equal(expected, walked.Count);
        Assert.Equal(markdig.ToList(), walked);
    }
}
