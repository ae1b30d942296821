using System.Net;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace AppealHandbook.Markdown.Extensions.GlossaryLinks;

/// <summary>
/// Renders a <see cref="GlossaryLinkInline"/> as a link with a tooltip element after it, which the
/// link names in <c>aria-describedby</c>: screen readers read the definition when the link gets
/// focus, and the theme shows it on hover and on keyboard focus.
/// </summary>
public sealed class HtmlGlossaryLinkRenderer : HtmlObjectRenderer<GlossaryLinkInline>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, GlossaryLinkInline link)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteChildren(link);
            return;
        }

        renderer.Write("<a href=\"").WriteEscapeUrl(link.Url).Write("\" class=\"glossary-link\" aria-describedby=\"").WriteEscape(link.TipId).Write("\">");
        renderer.WriteChildren(link);
        renderer.Write("</a><span class=\"glossary-tip\" role=\"tooltip\" id=\"").WriteEscape(link.TipId).Write("\">")
            .Write(WebUtility.HtmlEncode(link.Definition)).Write("</span>");
    }
}
