using System.Text;
using AppealHandbook.Content;
using AppealHandbook.Data;
using AppealHandbook.Markdown;
using AppealHandbook.Pipeline;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace AppealHandbook.Search;

/// <summary>
/// Builds the client-side search index of each language as static files under <c>search/{lang}/</c>.
/// </summary>
/// <remarks>
/// Weights make titles, aliases and headings outrank body text. Two things make search work
/// across languages without a server: each article is also indexed under its counterpart's title
/// and aliases, and each glossary term an article mentions adds the term's names in both
/// languages (so <c>ODR</c> finds 订单缺陷率 on the Chinese site, 商标 the trademark article on the English one).
/// </remarks>
public sealed class BuildSearchIndex : IModule
{
    private const int TitleWeight = 12;
    private const int AliasWeight = 10;
    private const int CounterpartWeight = 7;
    private const int HeadingWeight = 6;
    private const int SummaryWeight = 4;
    private const int GlossaryWeight = 3;
    private const int BodyWeightCap = 3;

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        foreach (var lang in Language.All)
        {
            var byKey = state.Pages.Where(p => p.Kind == PageKind.Article && p.Lang == lang).ToDictionary(p => p.Key, StringComparer.Ordinal);
            var pages = state.Index!.Navigation(lang).SelectMany(g => g.Articles).Select(a => byKey[a.Key]).ToList();

            // Documents are tokenized in parallel; postings are merged in document order, so the index is deterministic.
            var perDocument = new (SearchDocument Document, List<(string Token, int Section, int Weight)> Postings)[pages.Count];
            Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = state.Options.MaxDegreeOfParallelism },
                i => perDocument[i] = Index(pages[i], state));

            var postings = new Dictionary<string, List<(int Doc, int Section, int Weight)>>(StringComparer.Ordinal);
            for (var doc = 0; doc < perDocument.Length; doc++)
            {
                foreach (var (token, section, weight) in perDocument[doc].Postings)
                {
                    if (!postings.TryGetValue(token, out var list))
                    {
                        postings[token] = list = [];
                    }

                    list.Add((doc, section, weight));
                }
            }

            foreach (var (token, list) in postings.Where(p => p.Value.Count > SearchIndexWriter.MaxPostingsPerToken).ToList())
            {
                postings[token] = [.. list.OrderByDescending(p => p.Weight).ThenBy(p => p.Doc).Take(SearchIndexWriter.MaxPostingsPerToken).OrderBy(p => p.Doc)];
            }

            var types = state.Data!.Types.Select(t => (t.Id, t.Name[lang])).ToList();
            foreach (var (path, bytes) in SearchIndexWriter.Write(lang, types, [.. perDocument.Select(d => d.Document)], postings))
            {
                state.AddOutput(new OutputFile($"search/{lang}/{path}", bytes));
            }
        }
    }

    /// <summary>
    /// One posting per token of the article: its heaviest weight, and the section (if any) where it
    /// weighs most, which is where a result will link.
    /// </summary>
    private static (SearchDocument, List<(string, int, int)>) Index(Page page, BuildState state)
    {
        var sections = Sections(page);
        var document = new SearchDocument(page.Key, page.Title, page.Url, page.FrontMatter!.Type, page.Summary, sections);
        var best = new Dictionary<string, (int Weight, int Section, int SectionWeight)>(StringComparer.Ordinal);

        void Put(string token, int section, int weight)
        {
            best.TryGetValue(token, out var entry);
            var (bestSection, sectionWeight) = section > 0 && weight > entry.SectionWeight ? (section, weight) : (entry.Section, entry.SectionWeight);
            best[token] = (Math.Max(entry.Weight, weight), bestSection, sectionWeight);
        }

        void Add(string text, int section, int weight)
        {
            foreach (var token in SearchTokenizer.Tokenize(text))
            {
                Put(token, section, weight);
            }
        }

        Add(page.Title, 0, TitleWeight);
        Add(string.Join(' ', page.FrontMatter.Aliases), 0, AliasWeight);
        Add(page.Summary, 0, SummaryWeight);
        if (state.Index!.Counterpart(page) is { } counterpart)
        {
            Add(counterpart.Title + " " + string.Join(' ', counterpart.FrontMatter!.Aliases), 0, CounterpartWeight);
        }

        var allText = (page.Title + " " + page.Summary + " " + string.Join(' ', sections.Select(s => s.Heading + " " + s.Text))).ToLowerInvariant();
        foreach (var term in state.Data!.Glossary.Where(t => Mentions(allText, t)))
        {
            // The article a glossary term points to is that term's home: it outranks articles that only list the word as an alias.
            Add(string.Join(' ', term.AllNames), 0, term.Article == page.Key ? TitleWeight : GlossaryWeight);
        }

        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < sections.Count; i++)
        {
            Add(sections[i].Heading, i + 1, HeadingWeight);
            frequency.Clear();
            foreach (var token in SearchTokenizer.Tokenize(sections[i].Text))
            {
                frequency[token] = frequency.GetValueOrDefault(token) + 1;
            }

            foreach (var (token, count) in frequency)
            {
                Put(token, i + 1, Math.Min(BodyWeightCap, count));
            }
        }

        return (document, [.. best.Select(kv => (kv.Key, kv.Value.Section, kv.Value.Weight))]);
    }

    private static bool Mentions(string lowerText, GlossaryTerm term) =>
        term.AllNames.Any(name => name.Length >= 2 && lowerText.Contains(name.ToLowerInvariant(), StringComparison.Ordinal));

    /// <summary>The article's H2/H3 sections with the text under each; text before the first heading joins the first section.</summary>
    private static List<SearchSection> Sections(Page page)
    {
        var sections = new List<SearchSection>();
        var lead = new StringBuilder();
        var current = lead;
        string? id = null;
        string? heading = null;
        foreach (var block in page.Markdown!)
        {
            if (block is HeadingBlock { Level: 2 or 3 } h)
            {
                if (id is not null)
                {
                    sections.Add(new SearchSection(id, heading!, current.ToString()));
                    current = new StringBuilder();
                }
                else
                {
                    current = new StringBuilder(lead.ToString());
                }

                id = h.GetAttributes().Id ?? "";
                heading = InlineText.Of(h.Inline);
                continue;
            }

            if (block is Markdig.Extensions.Yaml.YamlFrontMatterBlock)
            {
                continue; // the front matter is indexed field by field above
            }

            PlainText.Append(block, current);
            current.Append('\n');
        }

        if (id is not null)
        {
            sections.Add(new SearchSection(id, heading!, current.ToString()));
        }
        else if (lead.Length > 0)
        {
            sections.Add(new SearchSection("", page.Title, lead.ToString()));
        }

        return sections;
    }
}
