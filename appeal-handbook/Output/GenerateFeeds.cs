using System.Xml;
using AppealHandbook.Core;
using AppealHandbook.Data;
using AppealHandbook.Layout;

namespace AppealHandbook.Output;

/// <summary>
/// Writes an Atom feed per language (<c>/{lang}/feed.xml</c>) of articles by their <c>updated</c>
/// date, newest first. The feed's own date is the newest article's, never the build time, so
/// builds stay byte-identical.
/// </summary>
public sealed class GenerateFeeds : IModule
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";

    /// <inheritdoc />
    public ModuleContract Contract { get; } = ModuleContract.SiteWide("", [DataFacts.SiteData], [],
        "the feeds list titles, summaries and dates, which are unchanged, or preview runs a full build");

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        var config = state.Get(DataFacts.SiteData).Config;
        foreach (var lang in Language.All)
        {
            var articles = state.Pages
                .Where(p => p.Kind == PageKind.Article && p.Lang == lang)
                .OrderByDescending(p => p.FrontMatter!.Updated)
                .ThenBy(p => p.Key, StringComparer.Ordinal)
                .Take(50)
                .ToList();
            state.AddOutput(XmlOutput.Create($"{lang}/feed.xml", xml =>
            {
                xml.WriteStartElement("feed", AtomNs);
                xml.WriteAttributeString("xml", "lang", null, Language.HtmlLang(lang));
                xml.WriteElementString("title", AtomNs, config.Title[lang]);
                xml.WriteElementString("subtitle", AtomNs, config.Description[lang]);
                xml.WriteElementString("id", AtomNs, config.AbsoluteUrl($"{lang}/"));
                WriteLink(xml, "self", config.AbsoluteUrl($"{lang}/feed.xml"));
                WriteLink(xml, "alternate", config.AbsoluteUrl($"{lang}/"));
                xml.WriteElementString("updated", AtomNs, Timestamp(articles.Count > 0 ? articles[0].FrontMatter!.Updated : new DateOnly(2000, 1, 1)));
                xml.WriteStartElement("author", AtomNs);
                xml.WriteElementString("name", AtomNs, config.Title[lang]);
                xml.WriteEndElement();
                foreach (var page in articles)
                {
                    xml.WriteStartElement("entry", AtomNs);
                    xml.WriteElementString("title", AtomNs, page.Title);
                    xml.WriteElementString("id", AtomNs, config.AbsoluteUrl(page.Url));
                    WriteLink(xml, "alternate", config.AbsoluteUrl(page.Url));
                    xml.WriteElementString("updated", AtomNs, Timestamp(page.FrontMatter!.Updated));
                    xml.WriteElementString("summary", AtomNs, page.Summary);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }));
        }
    }

    private static void WriteLink(XmlWriter xml, string rel, string href)
    {
        xml.WriteStartElement("link", AtomNs);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateOnly date) => DateFormat.Iso(date) + "T00:00:00Z";
}
