using System.Xml;
using AppealHandbook.Core;
using AppealHandbook.Data;
using AppealHandbook.Layout;
using AppealHandbook.Linking;

namespace AppealHandbook.Output;

/// <summary>
/// Writes <c>sitemap.xml</c> with an <c>xhtml:link</c> alternate for each language version of a page
/// (<see cref="LanguageAlternates"/>). URLs are percent-encoded: a sitemap must not carry raw
/// Chinese characters (tag pages).
/// </summary>
public sealed class GenerateSitemap : IModule
{
    /// <summary>The sitemap's path in the output folder.</summary>
    public const string FileName = "sitemap.xml";

    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";

    /// <inheritdoc />
    public ModuleContract Contract { get; } = ModuleContract.SiteWide("", [DataFacts.SiteData, LinkingFacts.Index], [],
        "the sitemap lists pages and dates, which are unchanged, or preview runs a full build");

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        var config = state.Get(DataFacts.SiteData).Config;
        var index = state.Get(LinkingFacts.Index);
        state.AddOutput(XmlOutput.Create(FileName, xml =>
        {
            xml.WriteStartElement("urlset", SitemapNs);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
            foreach (var page in state.Pages.Where(p => p.Kind is not (PageKind.NotFound or PageKind.Search)))
            {
                xml.WriteStartElement("url", SitemapNs);
                xml.WriteElementString("loc", SitemapNs, UrlEncoding.Encode(config.AbsoluteUrl(page.Url)));
                if (page.FrontMatter is { } fm)
                {
                    xml.WriteElementString("lastmod", SitemapNs, DateFormat.Iso(fm.Updated));
                }

                foreach (var (hrefLang, url) in LanguageAlternates.Of(page, index))
                {
                    xml.WriteStartElement("xhtml", "link", XhtmlNs);
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", hrefLang);
                    xml.WriteAttributeString("href", UrlEncoding.Encode(config.AbsoluteUrl(url)));
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }));
    }
}
