using System.Xml;
using AppealHandbook.Core;
using AppealHandbook.Data;
using AppealHandbook.Linking;
using AppealHandbook.Layout;

namespace AppealHandbook.Output;

/// <summary>Writes <c>sitemap.xml</c> with an <c>xhtml:link</c> alternate for each language version of a page.</summary>
public sealed class GenerateSitemap : IModule
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";

    /// <inheritdoc />
    public ModuleContract Contract { get; } = ModuleContract.SiteWide("", [DataFacts.SiteData, LinkingFacts.Index], [],
        "the sitemap lists pages and dates, which are unchanged, or preview runs a full build");

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        var config = state.Get(DataFacts.SiteData).Config;
        var byUrl = state.Pages.ToDictionary(p => p.Url, StringComparer.Ordinal);
        state.AddOutput(XmlOutput.Create("sitemap.xml", xml =>
        {
            xml.WriteStartElement("urlset", SitemapNs);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
            foreach (var page in state.Pages.Where(p => p.Kind is not (PageKind.NotFound or PageKind.Search)))
            {
                xml.WriteStartElement("url", SitemapNs);
                xml.WriteElementString("loc", SitemapNs, config.AbsoluteUrl(page.Url));
                if (page.FrontMatter is { } fm)
                {
                    xml.WriteElementString("lastmod", SitemapNs, DateFormat.Iso(fm.Updated));
                }

                var alternates = Alternates(page, byUrl, state.Get(LinkingFacts.Index));
                if (alternates.Count > 1)
                {
                    foreach (var (lang, url) in alternates)
                    {
                        xml.WriteStartElement("xhtml", "link", XhtmlNs);
                        xml.WriteAttributeString("rel", "alternate");
                        xml.WriteAttributeString("hreflang", lang);
                        xml.WriteAttributeString("href", config.AbsoluteUrl(url));
                        xml.WriteEndElement();
                    }

                    xml.WriteStartElement("xhtml", "link", XhtmlNs);
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", "x-default");
                    xml.WriteAttributeString("href", config.AbsoluteUrl(""));
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }));
    }

    private static List<(string Lang, string Url)> Alternates(Page page, Dictionary<string, Page> byUrl, SiteIndex index)
    {
        var result = new List<(string, string)>();
        if (page.Lang.Length == 0 || page.Kind == PageKind.Tag)
        {
            return result;
        }

        foreach (var lang in Language.All)
        {
            var url = page.Kind == PageKind.Article
                ? index.Find(lang, page.Key)?.Url
                : lang + page.Url[page.Lang.Length..];
            if (url is not null && byUrl.ContainsKey(url))
            {
                result.Add((Language.HtmlLang(lang), url));
            }
        }

        return result;
    }
}
