using System.Text.Json;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Search;

/// <summary>
/// Queries sellers actually type (<c>SellerQueries.tsv</c>: slang, abbreviations, partial words,
/// natural questions, sentences pasted from notices, typos, the other language, with and without
/// a type filter), each with the article it must find in the top 3. They run the theme's own
/// search.js (under Node) against the index built from the real <c>input/</c>, so they test
/// exactly what the browser runs. <c>bench/search_quality.js</c> reports hit@1 and hit@3 on the same set.
/// </summary>
[Collection("real handbook")]
[Trait(Category.Name, Category.Handbook)]
public class SellerQueryTests(RealHandbook handbook)
{
    /// <summary>(kind, site language, query, type filter, expected key), from <c>SellerQueries.tsv</c>.</summary>
    public static readonly (string Kind, string Lang, string Query, string Type, string Key)[] Queries =
        [.. File.ReadAllLines(Path.Combine(Repository.Root, "tests", "Search", "SellerQueries.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(c => (c[0], c[1], c[4], c[2] == "-" ? "" : c[2], c[3]))];

    [Fact]
    public void The_query_set_covers_each_way_sellers_ask()
    {
        int Count(string kind, string? lang = null) => Queries.Count(q => q.Kind == kind && (lang is null || q.Lang == lang));
        Assert.True(Queries.Length >= 120, $"{Queries.Length} queries");
        Assert.True(Count("question", "zh") >= 25 && Count("question", "en") >= 25, "25 natural questions in each language");
        Assert.True(Count("notice") >= 25, "25 sentences as notices word them");
        Assert.All(new[] { "transposition", "insertion", "deletion" }, kind => Assert.True(Count(kind) >= 10, $"10 typos by {kind}"));
        Assert.All(Queries, q => Assert.Contains(q.Kind, new[] { "term", "question", "notice", "transposition", "insertion", "deletion" }));
    }

    [Fact]
    public void Every_seller_query_finds_its_article_in_the_top_three()
    {
        Assert.True(handbook.Result.Succeeded, string.Join("\n", handbook.Result.Diagnostics));
        var searchRoot = JsonSerializer.Serialize(Path.Combine(handbook.Output, "search"));
        var queries = JsonSerializer.Serialize(Queries.Select(q => new[] { q.Lang, q.Query, q.Type }));

        var output = NodeRunner.Run($$"""
            const s = require({{NodeRunner.SearchJs}});
            const fs = require('fs'), path = require('path');
            const root = {{searchRoot}};
            (async () => {
              const out = [];
              for (const [lang, q, type] of {{queries}}) {
                const loader = p => Promise.resolve(JSON.parse(fs.readFileSync(path.join(root, lang, p), 'utf8')));
                const found = await s.search(q, type, loader, 3);
                out.push(found.results.map(r => r.key));
              }
              console.log(JSON.stringify(out));
            })().catch(e => { console.error(e); process.exit(1); });
            """);

        var results = JsonSerializer.Deserialize<List<List<string>>>(output)!;
        var misses = Queries.Zip(results)
            .Where(x => !x.Second.Contains(x.First.Key))
            .Select(x => $"[{x.First.Lang}] {x.First.Kind} '{x.First.Query}'{(x.First.Type.Length > 0 ? " type=" + x.First.Type : "")} → expected {x.First.Key}, got [{string.Join(", ", x.Second)}]")
            .ToList();
        Assert.True(misses.Count == 0, "Queries that missed:\n" + string.Join("\n", misses));
    }

    [Fact]
    public void A_type_filter_returns_only_that_type()
    {
        var searchRoot = JsonSerializer.Serialize(Path.Combine(handbook.Output, "search", "zh"));
        var output = NodeRunner.Run($$"""
            const s = require({{NodeRunner.SearchJs}});
            const fs = require('fs'), path = require('path');
            const loader = p => Promise.resolve(JSON.parse(fs.readFileSync(path.join({{searchRoot}}, p), 'utf8')));
            s.search('申诉', 'intellectual-property', loader, 50).then(f => console.log(JSON.stringify({ types: f.results.map(r => r.type), counts: f.counts })));
            """);

        using var json = JsonDocument.Parse(output);
        var types = json.RootElement.GetProperty("types").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.Equal("intellectual-property", t));
        Assert.True(json.RootElement.GetProperty("counts").EnumerateObject().Count() > 1, "facet counts cover every type, not only the filtered one");
    }
}
