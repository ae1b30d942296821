using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace AppealHandbook.Markdown.Extensions.CrossLinks;

/// <summary>
/// A link to another article by its key, <c>[text](xref:KEY#section)</c>: a link whose target the
/// engine finds (<c>ResolveLinks</c>) rather than the author writes. Its <see cref="LinkInline.Url"/>
/// stays as written; it renders as any link does, with the address the engine resolved.
/// </summary>
public sealed class CrossLinkInline : LinkInline
{
    /// <summary>The key of the article it links to.</summary>
    public required string Key { get; init; }

    /// <summary>The section id after <c>#</c>, or null.</summary>
    public string? Section { get; init; }

    /// <summary>The cross-link that takes the place of <paramref name="link"/>, with its position, text and attributes.</summary>
    public static CrossLinkInline From(LinkInline link, string key, string? section)
    {
        var crossLink = new CrossLinkInline
        {
            Key = key,
            Section = section,
            Url = link.Url,
            Title = link.Title,
            Label = link.Label,
            LabelSpan = link.LabelSpan,
            UrlSpan = link.UrlSpan,
            TitleSpan = link.TitleSpan,
            IsImage = link.IsImage,
            IsShortcut = link.IsShortcut,
            IsAutoLink = link.IsAutoLink,
            LocalLabel = link.LocalLabel,
            Reference = link.Reference,
            UrlHasPointyBrackets = link.UrlHasPointyBrackets,
            TitleEnclosingCharacter = link.TitleEnclosingCharacter,
            Line = link.Line,
            Column = link.Column,
            Span = link.Span,
            IsClosed = link.IsClosed,
        };
        link.TryGetAttributes()?.CopyTo(crossLink.GetAttributes());
        return crossLink;
    }
}
