using System.Collections.Concurrent;
using System.Collections.Immutable;
using AppealHandbook.Core;
using AppealHandbook.Data;
using AppealHandbook.Linking;
using AppealHandbook.Search;

namespace AppealHandbook.Cache;

/// <summary>
/// Takes the place of <see cref="BuildSearchIndex"/> in a build with a cache. When no page is
/// reused it runs it, keeping each document's postings in the cache. When pages are reused, only
/// the edited articles are indexed again: every other document's postings come from the cache,
/// and only the shards holding a token whose posting in an edited article changed (added,
/// removed, another section or weight) are written again, with the same bytes the full index
/// would give; the other shards, and the
/// reused documents' chunks, are kept as the previous build wrote them.
/// </summary>
/// <remarks>
/// A reused page has no text, so everything the index needs of it is its postings: they depend
/// on its own text and front matter, its counterpart's title and aliases and the glossary, none
/// of which changed when the page is reused. Documents keep their numbers (their place in the
/// navigation, unchanged too); each is its own chunk (<see cref="SearchIndexWriter.ChunkSize"/>).
/// When the number of shards changes, every shard is written again, from the postings.
/// </remarks>
public sealed class UpdateSearchIndex(BuildCache cache) : IModule
{
    /// <inheritdoc />
    public ModuleContract Contract { get; } = ModuleContract.SiteWide("reads the text of each article built again and the postings the cache kept of the others",
        [DataFacts.SiteData, LinkingFacts.Index], [], "preview keeps its pages in memory and uses no build cache");

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        if (cache.ReusedPages == 0)
        {
            new BuildSearchIndex(cache.RecordPostings).Execute(state);
            return;
        }

        var glossaryTokens = BuildSearchIndex.GlossaryTokens(state.Get(DataFacts.SiteData));
        Parallel.ForEach(Language.All, lang => Update(lang, state, glossaryTokens, cache.PreviousByPath));
        state.Pages = [.. state.Pages.Select(p => p.TextSections.IsDefaultOrEmpty ? p : p with { TextSections = [] })];
    }

    private void Update(string lang, BuildState state, Dictionary<GlossaryTerm, string[]> glossaryTokens, IReadOnlyDictionary<string, CachedArticle> previous)
    {
        var documents = BuildSearchIndex.Documents(lang, state);
        var postings = new PackedPostings[documents.Count];
        var edited = new ConcurrentBag<int>();
        Parallel.For(0, documents.Count, doc =>
        {
            var page = documents[doc];
            var chunk = $"search/{lang}/d/{doc / SearchIndexWriter.ChunkSize}.json";
            if (page.Reused is not null)
            {
                postings[doc] = previous[page.Source!.Path].Postings!;
                state.AddOutput(OutputFile.KeptFromPrevious(chunk));
                return;
            }

            var worker = new DocumentPostings(new TokenTable());
            var (document, made) = BuildSearchIndex.Index(page, state, glossaryTokens, worker);
            postings[doc] = PackedPostings.Pack([.. made.Select(p => new SearchPosting(cache.TokenId(worker.Tokens.Texts[p.Token]), p.Section, p.Weight))]);
            cache.RecordPostings(page, postings[doc]);
            state.AddOutput(new OutputFile(chunk, SearchIndexWriter.Chunk([document])));
            edited.Add(doc);
        });

        var shards = SearchIndexWriter.ShardCount(postings.Sum(p => p.Count));
        cache.RecordShards(lang, shards);
        var types = state.Get(DataFacts.SiteData).Types.Select(t => (t.Id, t.Name[lang])).ToList();
        state.AddOutput(new OutputFile($"search/{lang}/meta.json", SearchIndexWriter.Meta(lang, types,
            [.. documents.Select(p => new SearchDocument(p.Key, p.Title, p.Url, p.FrontMatter!.Type, p.Summary, []))], shards)));

        // The shard of each token, worked out once (token numbers are the cache's, dense).
        var shardOf = new int[cache.TokenCount];
        Array.Fill(shardOf, -1);
        int ShardOf(int token) => shardOf[token] >= 0 ? shardOf[token] : shardOf[token] = SearchTokenizer.ShardOf(cache.TokenText(token), shards);

        var affected = new bool[shards];
        if (edited.IsEmpty && shards == cache.PreviousShards(lang))
        {
            // No article of this language was edited: every shard is as the previous build wrote it.
            for (var shard = 0; shard < shards; shard++)
            {
                state.AddOutput(OutputFile.KeptFromPrevious($"search/{lang}/s/{shard}.json"));
            }

            return;
        }

        if (shards != cache.PreviousShards(lang))
        {
            Array.Fill(affected, true);
        }
        else
        {
            // A shard changes only where an edited document's posting of one of its tokens did:
            // added, removed, or with another section or weight.
            foreach (var doc in edited)
            {
                var now = new Dictionary<int, (int, int)>();
                foreach (var posting in postings[doc])
                {
                    now[posting.Token] = (posting.Section, posting.Weight);
                }

                foreach (var posting in previous.TryGetValue(documents[doc].Source!.Path, out var before) ? before.Postings! : PackedPostings.Empty)
                {
                    if (!now.Remove(posting.Token, out var same) || same != (posting.Section, posting.Weight))
                    {
                        affected[ShardOf(posting.Token)] = true;
                    }
                }

                foreach (var token in now.Keys)
                {
                    affected[ShardOf(token)] = true; // new to the document, or changed (seen above too)
                }
            }
        }

        // Every posting of an affected shard's tokens, in document order, as the full index gathers them.
        // As PostingLists holds them: each posting's Token is its document's number.
        var lists = new Dictionary<int, List<Posting>>();
        var anyAffected = Array.IndexOf(affected, true) >= 0;
        for (var doc = 0; anyAffected && doc < postings.Length; doc++)
        {
            foreach (var posting in postings[doc])
            {
                if (affected[ShardOf(posting.Token)])
                {
                    if (!lists.TryGetValue(posting.Token, out var list))
                    {
                        lists[posting.Token] = list = [];
                    }

                    list.Add(new Posting(doc, posting.Section, posting.Weight));
                }
            }
        }

        var byShard = lists.Keys.GroupBy(ShardOf).ToDictionary(g => g.Key, g => g.Select(t => cache.TokenText(t)).Order(StringComparer.Ordinal).ToList());
        var ids = lists.Keys.ToDictionary(cache.TokenText, t => t, StringComparer.Ordinal);
        Parallel.For(0, shards, shard =>
        {
            var path = $"search/{lang}/s/{shard}.json";
            if (!affected[shard])
            {
                state.AddOutput(OutputFile.KeptFromPrevious(path));
                return;
            }

            var entries = byShard.GetValueOrDefault(shard, []).Select(token =>
            {
                var list = lists[ids[token]];
                return (token, BuildSearchIndex.Kept(new ArraySegment<Posting>([.. list])));
            });
            state.AddOutput(new OutputFile(path, SearchIndexWriter.Shard(entries)));
        });
    }
}
