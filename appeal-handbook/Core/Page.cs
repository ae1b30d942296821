using System.Collections.Immutable;
using Markdig.Syntax;

namespace AppealHandbook.Core;

/// <summary>
/// One page of the site as it flows through the modules. Pages are immutable: a module returns
/// <c>page with { ... }</c>. Only the article-specific members are set on generated pages.
/// </summary>
public sealed record Page
{
    /// <summary>What the page is.</summary>
    public required PageKind Kind { get; init; }

    /// <summary><c>zh</c> or <c>en</c>; empty for the language-neutral pages (<c>/</c>, 404).</summary>
    public required string Lang { get; init; }

    /// <summary>Site-relative URL path without a leading slash, ending with '/' (<c>zh/a/</c>), or a file (<c>404.html</c>).</summary>
    public required string Url { get; init; }

    /// <summary>Title in the page's language.</summary>
    public required string Title { get; init; }

    /// <summary>One sentence for the meta description.</summary>
    public string Summary { get; init; } = "";

    /// <summary>Article key, type id or tag, depending on <see cref="Kind"/>.</summary>
    public string Key { get; init; } = "";

    /// <summary>The source file (articles only).</summary>
    public SourceFile? Source { get; init; }

    /// <summary>Validated front matter (articles only).</summary>
    public FrontMatter? FrontMatter { get; init; }

    /// <summary>
    /// Parsed Markdown (articles only), held from parsing to rendering on a small site and only
    /// while the article's own modules run on it on a large one (<c>ArticleTrees</c>,
    /// <see cref="BuildOptions.KeepTreesUpTo"/>): owned by this page, modules may rewrite link URLs
    /// in place before rendering. Null again once it is rendered (RenderMarkdown).
    /// </summary>
    public MarkdownDocument? Markdown { get; init; }

    /// <summary>
    /// The body was parsed and is within the limits (<c>ParseMarkdown</c>): its headings, links and
    /// evidence items are recorded here, and <c>ArticleTrees</c> takes it through the modules that
    /// read the tree.
    /// </summary>
    public bool BodyParsed { get; init; }

    /// <summary>The task items of the body's evidence section, which the check across languages compares.</summary>
    public int EvidenceItems { get; init; }

    /// <summary>Headings of the article body, in order.</summary>
    public ImmutableArray<Heading> Headings { get; init; } = [];

    /// <summary>Links and images of the article body, with their source positions.</summary>
    public ImmutableArray<LinkRef> Links { get; init; } = [];

    /// <summary>The article's text by H2/H3 section, for the search index; empty again once the index is built.</summary>
    public ImmutableArray<SearchSection> TextSections { get; init; } = [];

    /// <summary>The article body as HTML; null again once the page is laid out, which for an article is in the same stage (<c>ArticleTrees</c>).</summary>
    public string? BodyHtml { get; init; }

    /// <summary>
    /// The article's section of the print edition in UTF-8, made while its body is at hand
    /// (<c>MakePrintSection</c>), so the body can go as soon as the page is laid out; null again
    /// once the edition is made (<c>GeneratePrintEdition</c>).
    /// </summary>
    public byte[]? PrintSection { get; init; }

    /// <summary>
    /// A body too large to hold as one text, in UTF-8 parts to be written one after the other where
    /// the layout puts the body: the print edition, which is the whole handbook (about 45 MB a
    /// language at 10,000 pages). Null for every other page, which has <see cref="BodyHtml"/>.
    /// </summary>
    public IReadOnlyList<ReadOnlyMemory<byte>>? BodyParts { get; init; }

    /// <summary>
    /// The finished page in UTF-8, as it is written and served: half the memory of the text, held
    /// by every page from layout to write.
    /// </summary>
    public byte[]? HtmlUtf8 { get; init; }

    /// <summary>
    /// The finished page was written into the build's staging folder as it was laid out
    /// (<see cref="StagedFiles"/>), so <see cref="HtmlUtf8"/> is null again.
    /// </summary>
    public bool Staged { get; init; }

    /// <summary>The finished page as text, decoded from <see cref="HtmlUtf8"/> at each read (for checks and tests; the build writes the bytes).</summary>
    public string? Html
    {
        get => HtmlUtf8 is null ? null : System.Text.Encoding.UTF8.GetString(HtmlUtf8);
        init => HtmlUtf8 = value is null ? null : System.Text.Encoding.UTF8.GetBytes(value);
    }

    /// <summary>
    /// Set when the page's finished file is the previous build's, unchanged: a build cache found its
    /// source and everything the page reads unchanged. The per-page modules pass it by, and the
    /// write keeps the previous file instead of <see cref="HtmlUtf8"/>.
    /// </summary>
    public ReusedPage? Reused { get; init; }

    /// <summary>Whether the page is ready to write: laid out in this build (its HTML held, or already written), or reused from the previous one.</summary>
    public bool IsFinished => HtmlUtf8 is not null || Staged || Reused is not null;

    /// <summary>The file the page is written to, relative to the output folder.</summary>
    public string OutputPath => Url.Length == 0 || Url.EndsWith('/') ? Url + "index.html" : Url;

    /// <summary>The relative prefix that leads from this page to the site root (<c>../../</c>).</summary>
    public string RootPrefix
    {
        get
        {
            // Asked for every link of every page (the sidebar alone has dozens): the usual depths are made once.
            var depth = Url.AsSpan().Count('/');
            return depth < Prefixes.Length ? Prefixes[depth] : string.Concat(Enumerable.Repeat("../", depth));
        }
    }

    private static readonly string[] Prefixes = ["./", "../", "../../", "../../../", "../../../../"];
}
