using System.Buffers;
using System.Collections.Immutable;
using AppealHandbook.Core;
using AppealHandbook.Linking;
using AppealHandbook.Data;

namespace AppealHandbook.Search;

/// <summary>
/// Builds the client-side search index of each language as static files under <c>search/{lang}/</c>,
/// from each article's front matter and its text by section (<see cref="ExtractSearchText"/>).
/// </summary>
/// <remarks>
/// Weights make titles, aliases and headings outrank body text. Two things make search work
/// across languages without a server: each article is also indexed under its counterpart's title
/// and aliases, and each glossary term an article mentions adds the term's names in both
/// languages (so <c>ODR</c> finds 订单缺陷率 on the Chinese site, 商标 the trademark article on the English one).
/// </remarks>
/// <param name="record">
/// Given by a build with a cache: called once per language with the documents in index order and
/// each one's postings (token, section, weight), so that a later build can rebuild only the shards
/// an edit touches. Null for a build without a cache.
/// </param>
public sealed class BuildSearchIndex(Action<string, IReadOnlyList<Page>, IReadOnlyList<(string Token, int Section, int Weight)[]>>? record = null) : IModule
{
    private const int TitleWeight = 12;
    private const int AliasWeight = 10;
    private const int CounterpartWeight = 7;
    private const int HeadingWeight = 6;
    private const int SummaryWeight = 4;
    private const int GlossaryWeight = 3;
    private const int BodyWeightCap = 3;

    /// <summary>The id of the required section that lists an article's sources (<c>input/_data/structure.yml</c>).</summary>
    private const string SourcesSectionId = "sources";

    /// <summary>
    /// The most postings gathered at once (<see cref="PostingLists.Gather"/>): enough for a
    /// 10,000-page handbook's largest language in one batch, so only larger sites are gathered in
    /// several (bench/RESULTS.md counts the postings).
    /// </summary>
    internal long PostingsPerBatch { get; init; } = 8_000_000;

    /// <inheritdoc />
    public ModuleContract Contract { get; } = ModuleContract.SiteWide("reads each article's text by section, then lets go of it", [DataFacts.SiteData, LinkingFacts.Index], [],
        "the search index keeps the previous build's version until the next full build");

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        CompactBeforeTheIndex();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, state.Options.MaxDegreeOfParallelism) };
        var glossaryTokens = GlossaryTokens(state.Get(DataFacts.SiteData));
        // The index is the last reader of the articles' text: the pages let go of it now, and
        // each article's text goes as soon as the article is indexed (IndexLanguage holds the
        // only reference), instead of the whole site's text staying until the index is done.
        var index = state.Get(LinkingFacts.Index);
        var withText = Language.All.ToDictionary(lang => lang, lang => InNavigationOrder(lang, state.Pages, index), StringComparer.Ordinal);
        state.Pages = [.. state.Pages.Select(p => p.TextSections.IsDefaultOrEmpty ? p : p with { TextSections = [] })];
        // The cache keeps the documents (their front matter and URLs), not their text: the pages
        // without it, so the text each article lets go of is gone.
        var documents = record is null ? null : Language.All.ToDictionary(lang => lang, lang => (IReadOnlyList<Page>)Documents(lang, state), StringComparer.Ordinal);

        // The two languages are independent: indexing them side by side keeps both cores busy
        // while either is in one of its single-threaded steps (numbering tokens, gathering postings).
        // The text goes as the postings that replace it come (ReleasedMemory).
        var released = new ReleasedMemory(ReleasedMemory.DefaultThreshold);
        Parallel.ForEach(Language.All, parallel, lang => IndexLanguage(lang, withText[lang], state, glossaryTokens, parallel, PostingsPerBatch, released,
            record is null ? null : postings => record(lang, documents![lang], postings)));
    }

    /// <summary>
    /// On a large site, one compacting collection before the index's allocations
    /// (<see cref="ReleasedMemory.Collect"/>): the article stage let go of every Markdown tree and the print edition of
    /// every section (most of the heap), but a batch collector does not get to them before the
    /// index has grown past them, so both were resident at once. Below <see cref="CompactAbove"/>
    /// they fit and a full collection would only cost time.
    /// </summary>
    private static void CompactBeforeTheIndex()
    {
        if (GC.GetTotalMemory(forceFullCollection: false) > CompactAbove)
        {
            ReleasedMemory.Collect();
        }
    }

    /// <summary>
    /// The heap size above which <see cref="CompactBeforeTheIndex"/> collects: what about 15,000 pages
    /// use here. 10,000 pages stay well below it, so their build does not pay for the collection.
    /// </summary>
    private const long CompactAbove = 1200L << 20;

    /// <summary>The articles of <paramref name="lang"/> in the order of the navigation, which numbers the index's documents.</summary>
    private static List<Page?> InNavigationOrder(string lang, IEnumerable<Page> pages, SiteIndex index)
    {
        var byKey = pages.Where(p => p.Kind == PageKind.Article && p.Lang == lang).ToDictionary(p => p.Key, StringComparer.Ordinal);
        return [.. index.Navigation(lang).SelectMany(g => g.Articles).Select(a => byKey[a.Key])];
    }

    /// <summary>Each glossary term's tokens, made once per build.</summary>
    internal static Dictionary<GlossaryTerm, string[]> GlossaryTokens(SiteData data) => data.Glossary.ToDictionary(
        t => t, t => SearchTokenizer.Tokenize(string.Join(' ', t.AllNames)).Distinct(StringComparer.Ordinal).ToArray(),
        (IEqualityComparer<GlossaryTerm>)ReferenceEqualityComparer.Instance);

    /// <summary>The articles of <paramref name="lang"/> in index order (the navigation's): a document's number is its place here.</summary>
    internal static List<Page> Documents(string lang, BuildState state) =>
        [.. InNavigationOrder(lang, state.Pages, state.Get(LinkingFacts.Index)).OfType<Page>()];

    /// <summary>
    /// The search index of one language: <c>search/{lang}/meta.json</c>, its shards and its document
    /// chunks. Empties <paramref name="pages"/> as it goes (see <see cref="Execute"/>).
    /// </summary>
    private static void IndexLanguage(string lang, List<Page?> pages, BuildState state, Dictionary<GlossaryTerm, string[]> glossaryTokens, ParallelOptions parallel,
        long postingsPerBatch, ReleasedMemory released, Action<IReadOnlyList<(string Token, int Section, int Weight)[]>>? record)
    {

        // Documents are tokenized in parallel; their postings are then gathered per token in
        // document order and each shard is written in parallel, so the index is the same
        // whatever the scheduling.
        // One worker per thread, each with its own token table, so look-ups take no lock. The
        // languages are indexed side by side, so each takes its share of the cores: a worker more
        // would only hold a second copy of most of the language's tokens, for the numbering to
        // merge (bench/RESULTS.md measures it).
        using var workers = new ThreadLocal<DocumentPostings>(() => new DocumentPostings(new TokenTable()), trackAllValues: true);
        var documents = new SearchDocument[pages.Count];
        var perDocument = new Posting[pages.Count][];
        var tables = new TokenTable[pages.Count];
        var share = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallel.MaxDegreeOfParallelism / Language.All.Count) };
        Parallel.For(0, pages.Count, share, i =>
        {
            var worker = workers.Value!;
            var page = pages[i]!;
            (documents[i], perDocument[i]) = Index(page, state, glossaryTokens, worker);
            tables[i] = worker.Tokens;
            pages[i] = null;
            released.LetGo(page.TextSections.Sum(s => ReleasedMemory.Of(s.Text)));
        });
        // Before the postings are renumbered in place (PostingLists): the token ids still refer to each document's table.
        record?.Invoke([.. perDocument.Select((postings, doc) => postings.Select(p => (tables[doc].Texts[p.Token], p.Section, p.Weight)).ToArray())]);
        var tokens = TokenNumbering.Number([.. workers.Values.Select(w => w.Tokens)]);
        var postingCount = perDocument.Sum(p => p.Length);
        var shards = SearchIndexWriter.ShardCount(postingCount);
        var lists = new PostingLists(perDocument, tables, tokens.Length); // the lists own perDocument now
        perDocument = null;

        // Tokens are numbered in ordinal order, so each shard's list comes out sorted.
        var shardOf = new int[tokens.Length];
        var byShard = Enumerable.Range(0, shards).Select(_ => new List<int>()).ToArray();
        for (var token = 0; token < tokens.Length; token++)
        {
            byShard[shardOf[token] = SearchTokenizer.ShardOf(tokens[token], shards)].Add(token);
        }

        var types = state.Get(DataFacts.SiteData).Types.Select(t => (t.Id, t.Name[lang])).ToList();
        state.AddOutput(new OutputFile($"search/{lang}/meta.json", SearchIndexWriter.Meta(lang, types, documents, shards)));

        // The shards are written a batch at a time, each batch's postings gathered for it alone,
        // so the copy of the postings a large site gathers is the size of a batch, not the index.
        var batches = (int)Math.Clamp((postingCount + postingsPerBatch - 1) / postingsPerBatch, 1, shards);
        var shardsPerBatch = (shards + batches - 1) / batches;
        for (var first = 0; first < shards; first += shardsPerBatch)
        {
            var end = Math.Min(shards, first + shardsPerBatch);
            var gathered = lists.Gather(shardOf, first, end, last: end == shards);
            Parallel.For(first, end, parallel, shard =>
                state.AddOutput(new OutputFile($"search/{lang}/s/{shard}.json", SearchIndexWriter.Shard(Postings(byShard[shard], tokens, gathered)))));
        }

        var chunks = (documents.Length + SearchIndexWriter.ChunkSize - 1) / SearchIndexWriter.ChunkSize;
        Parallel.For(0, chunks, parallel, chunk =>
            state.AddOutput(new OutputFile(
                $"search/{lang}/d/{chunk}.json",
                SearchIndexWriter.Chunk(documents.Skip(chunk * SearchIndexWriter.ChunkSize).Take(SearchIndexWriter.ChunkSize)))));
    }

    /// <summary>
    /// The postings of one shard's tokens (<paramref name="shardTokens"/>, in ordinal order), each
    /// in document order and cut to the <see cref="SearchIndexWriter.MaxPostingsPerToken"/> heaviest.
    /// </summary>
    private static IEnumerable<(string Token, ArraySegment<Posting> Postings)> Postings(List<int> shardTokens, string[] tokens, GatheredPostings lists)
    {
        foreach (var token in shardTokens)
        {
            yield return (tokens[token], Kept(lists.Of(token)));
        }
    }

    /// <summary>
    /// What a shard holds of one token's <paramref name="postings"/> (each Token a document's
    /// number, in document order): all of them, or the heaviest <see cref="SearchIndexWriter.MaxPostingsPerToken"/>.
    /// </summary>
    internal static ArraySegment<Posting> Kept(ArraySegment<Posting> postings) =>
        postings.Count <= SearchIndexWriter.MaxPostingsPerToken ? postings : Heaviest(postings, SearchIndexWriter.MaxPostingsPerToken);

    /// <summary>
    /// The <paramref name="count"/> heaviest postings, ties going to the earlier document, still
    /// in document order. Weights are small numbers, so this counts them rather than sorting.
    /// </summary>
    private static Posting[] Heaviest(ArraySegment<Posting> postings, int count)
    {
        var perWeight = new int[postings.Max(p => p.Weight) + 1];
        foreach (var posting in postings)
        {
            perWeight[posting.Weight]++;
        }

        // The lightest weight that makes the cut, and how many postings of that weight fit.
        var threshold = perWeight.Length - 1;
        var room = count;
        while (perWeight[threshold] < room)
        {
            room -= perWeight[threshold--];
        }

        var heaviest = new Posting[count];
        var kept = 0;
        foreach (var posting in postings)
        {
            if (posting.Weight > threshold || (posting.Weight == threshold && room-- > 0))
            {
                heaviest[kept++] = posting;
            }
        }

        return heaviest;
    }

    /// <summary>
    /// One posting per token of the article: its heaviest weight, and the section (if any) where it
    /// weighs most, which is where a result will link.
    /// </summary>
    internal static (SearchDocument, Posting[]) Index(Page page, BuildState state, Dictionary<GlossaryTerm, string[]> glossaryTokens, DocumentPostings postings)
    {
        var sections = page.TextSections;
        postings.AddText(page.Title, 0, TitleWeight);
        postings.AddText(string.Join(' ', page.FrontMatter!.Aliases), 0, AliasWeight);
        postings.AddText(page.Summary, 0, SummaryWeight);
        if (state.Get(LinkingFacts.Index).Counterpart(page) is { } counterpart)
        {
            postings.AddText(counterpart.Title + " " + string.Join(' ', counterpart.Aliases), 0, CounterpartWeight);
        }

        foreach (var term in Mentioned(page, sections, state.Get(DataFacts.SiteData).GlossaryNames))
        {
            // The article a glossary term points to is that term's home: it outranks articles that only list the word as an alias.
            var weight = term.Article == page.Key ? TitleWeight : GlossaryWeight;
            foreach (var token in glossaryTokens[term])
            {
                postings.Add(token, 0, weight);
            }
        }

        for (var i = 0; i < sections.Length; i++)
        {
            // The list of sources counts for the article but is no place to send a reader: a
            // word found there (a source's English title, on the Chinese site) links to the top.
            var section = sections[i].Id == SourcesSectionId ? 0 : i + 1;
            postings.AddText(sections[i].Heading, section, HeadingWeight);
            postings.AddBody(sections[i].Text, section, BodyWeightCap);
        }

        // The document keeps only the start of each section, which is all a result shows.
        var excerpts = sections.Select(s => s with { Text = SearchIndexWriter.Excerpt(s.Text) }).ToList();
        return (new SearchDocument(page.Key, page.Title, page.Url, page.FrontMatter!.Type, page.Summary, excerpts), postings.TakePostings());
    }

    /// <summary>
    /// The glossary terms the article's title, summary, headings or text name, in any case: all of
    /// it joined by spaces and lowercased in a pooled buffer (a few kilobytes per article).
    /// </summary>
    private static IReadOnlyCollection<GlossaryTerm> Mentioned(Page page, ImmutableArray<SearchSection> sections, GlossaryMatcher names)
    {
        var parts = new List<string>(2 + (2 * sections.Length)) { page.Title, page.Summary };
        foreach (var section in sections)
        {
            parts.Add(section.Heading);
            parts.Add(section.Text);
        }

        var length = parts.Sum(p => p.Length + 1);
        var rented = ArrayPool<char>.Shared.Rent(2 * length);
        try
        {
            var joined = rented.AsSpan(0, length);
            var at = 0;
            foreach (var part in parts)
            {
                part.CopyTo(joined[at..]);
                joined[at + part.Length] = ' ';
                at += part.Length + 1;
            }

            var lower = rented.AsSpan(length, length);
            InvariantLowerCase.Write(joined, lower);
            return names.Mentioned(lower);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }
}
