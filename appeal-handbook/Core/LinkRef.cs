namespace AppealHandbook.Core;

/// <summary>
/// A link or image written in an article, with its source position, so a check on the built
/// HTML can report the Markdown line it came from.
/// </summary>
/// <param name="Url">The URL as written (<c>xref:a#b</c>, <c>../images/x.png</c>).</param>
/// <param name="Line">1-based line in the source file.</param>
/// <param name="Column">1-based column in the source file.</param>
/// <param name="IsImage">True for an image.</param>
/// <param name="HasAlt">For an image: whether it has alt text.</param>
public sealed record LinkRef(string Url, int Line, int Column, bool IsImage, bool HasAlt)
{
    /// <summary>
    /// For a link inside the site: the site path it resolves to, with its fragment
    /// (<c>zh/a/#causes</c>); null for an external link or one that could not be resolved.
    /// </summary>
    public string? Target { get; init; }

    /// <summary>
    /// The address the rendered page links to, relative to the page (<c>../../zh/a/#causes</c>, or
    /// <c>#causes</c> on the same page); null where the URL is rendered as written.
    /// </summary>
    public string? Href { get; init; }
}
