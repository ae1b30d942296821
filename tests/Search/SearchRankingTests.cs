using System.Text.Json;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Search;

/// <summary>
/// The ranking in search.js on small hand-made indexes: which words count, how much, and what a
/// typo finds. The real handbook's queries are in <see cref="SellerQueryTests"/>.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public class SearchRankingTests
{
    /// <summary>
    /// Runs <paramref name="body"/> (JavaScript, ending in a value to print) with <c>s</c> (search.js)
    /// and <c>index(docs)</c>, which turns <c>{ key: { token: weight } }</c> into a loader over a
    /// one-shard index in the format the C# writer produces; returns the printed JSON.
    /// </summary>
    private static JsonElement Run(string body)
    {
        var output = NodeRunner.Run($$"""
            const s = require({{NodeRunner.SearchJs}});
            function index(docs) {
              const keys = Object.keys(docs), shard = {};
              keys.forEach((k, d) => Object.entries(docs[k]).forEach(([t, w]) => (shard[t] = shard[t] || []).push(d, 0, w)));
              for (const t in shard) { // documents as gaps from the one before, as the index stores them
                for (let i = shard[t].length - 3; i > 0; i -= 3) shard[t][i] -= shard[t][i - 3];
              }
              const files = { 'meta.json': { v: 2, shards: 1, chunk: 1, docs: keys.length, types: [{ id: 'g', name: 'G' }], docType: keys.map(() => 0) }, 's/0.json': shard };
              keys.forEach((k, d) => { files['d/' + d + '.json'] = [{ k, t: k, u: k + '/', y: 'g', s: 'Counterfeit items; stock expiring soon or expired.', h: [] }]; });
              return p => Promise.resolve(files[p]);
            }
            const keys = (q, docs) => s.search(q, '', index(docs), 10).then(f => f.results.map(r => r.key));
            (async () => { console.log(JSON.stringify(await (async () => { {{body}} })())); })().catch(e => { console.error(e); process.exit(1); });
            """);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    private static string[] Keys(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetString()!)];

    [Fact]
    public void A_word_no_document_has_does_not_empty_the_results()
    {
        // Arrange: "above" and "target" are in neither document, as in a pasted notice sentence.
        var result = Run("""return keys('your order defect rate is above our target', { odr: { order: 12, defect: 12, rate: 12 }, lsr: { rate: 12 } });""");

        // Assert
        Assert.Equal(["odr", "lsr"], Keys(result));
    }

    [Fact]
    public void With_equal_weights_the_document_with_more_of_the_words_ranks_first()
    {
        var result = Run("""return keys('trademark complaint letter', { one: { trademark: 3 }, two: { trademark: 3, complaint: 3 }, three: { trademark: 3, complaint: 3, letter: 3 } });""");

        Assert.Equal(["three", "two", "one"], Keys(result));
    }

    [Fact]
    public void A_word_in_a_title_outweighs_the_same_word_in_body_text()
    {
        var result = Run("""return keys('patent', { body: { patent: 1 }, title: { patent: 12 } });""");

        Assert.Equal(["title", "body"], Keys(result));
    }

    [Fact]
    public void Question_words_are_left_out_when_the_query_has_a_topic()
    {
        // Arrange: one article has the question phrase in its title, the others the topic.
        var docs = """{ faq: { '怎么': 12, '么办': 12, '号怎': 3 }, suspension: { '封号': 12 }, other: { '封号': 3, '怎么': 12, '么办': 12 } }""";

        // Act
        var zh = Run($"return keys('封号怎么办', {docs});");
        var en = Run("""return keys('how do I write a plan of action', { howto: { i: 12, write: 1 }, poa: { plan: 12, action: 12 } });""");

        // Assert: the topic decides; a document with only the question words is not a result.
        Assert.Equal(["suspension", "other"], Keys(zh));
        Assert.Equal(["poa", "howto"], Keys(en));
    }

    [Fact]
    public void A_query_of_question_words_alone_still_finds_them()
    {
        var result = Run("""return keys('怎么办', { faq: { '怎么': 12, '么办': 12 }, other: { '封号': 12 } });""");

        Assert.Equal(["faq"], Keys(result));
    }

    [Fact]
    public void Light_words_are_marked_in_both_languages_and_topic_words_are_not()
    {
        var result = Run("""return [s.queryTerms('封号怎么办'), s.queryTerms('有效追踪率低怎么提高'), s.queryTerms('why was my account deactivated')].map(ts => ts.filter(t => t.light).map(t => t.token));""");

        Assert.Equal(["号怎", "怎么", "么办"], Keys(result[0]));
        Assert.DoesNotContain("有效", Keys(result[1])); // 有 is not light: it starts topic words
        Assert.Equal(["why", "my"], Keys(result[2]));
    }

    [Fact]
    public void A_character_alone_between_light_phrases_is_searched_by_itself()
    {
        var result = Run("""return s.queryTerms('被封了怎么办').filter(t => !t.light).map(t => t.token);""");

        Assert.Equal(["封"], Keys(result));
    }

    [Fact]
    public void Query_terms_are_the_query_tokens_once_each()
    {
        var result = Run("""return ['订单缺陷率 ODR 订单', 'A-to-z claims, claims', 'ＦＢＡ卖家'].map(q => [s.queryTerms(q).map(t => t.token), [...new Set(s.queryTokens(q))]]);""");

        Assert.All(result.EnumerateArray(), pair => Assert.Equal(Keys(pair[1]), Keys(pair[0])));
    }

    [Fact]
    public void A_pasted_text_is_searched_for_its_first_24_words()
    {
        // Arrange: 40 distinct words, as a whole notice pasted into the box; "filler" has all of
        // them, so none is looked up as a typo of another.
        var result = Run("""
            const words = Array.from({ length: 40 }, (_, i) => 'word' + (i + 1));
            const filler = Object.fromEntries(words.map(w => [w, 1]));
            return keys(words.join(' '), { filler, early: { word24: 3 }, late: { word25: 12 } });
            """);

        Assert.Contains("early", Keys(result));
        Assert.DoesNotContain("late", Keys(result));
    }

    [Fact]
    public void A_search_overtaken_by_the_next_keystroke_stops_before_ranking()
    {
        var result = Run("""return s.search('patent', '', index({ a: { patent: 12 } }), 10, () => false);""");

        Assert.Equal(JsonValueKind.Null, result.ValueKind);
    }

    [Fact]
    public void Only_the_last_word_is_completed_as_a_prefix()
    {
        var result = Run("""
            const docs = { a: { trademark: 12, complaint: 3 }, b: { trade: 3, complaint: 12 } };
            return [await keys('complaint trade', docs), await keys('trade complaint', docs)];
            """);

        Assert.Equal(["b", "a"], Keys(result[0])); // "trade" may be half of "trademark"
        Assert.Equal(["b", "a"], Keys(result[1])); // a finished word is only itself: a has complaint
    }

    [Theory]
    [InlineData("counterfiet", "counterfeit", true)] // transposition
    [InlineData("counterfeitt", "counterfeit", true)] // insertion
    [InlineData("counterfit", "counterfeit", true)] // deletion
    [InlineData("counterfeat", "counterfeit", true)] // substitution
    [InlineData("conterfiet", "counterfeit", false)] // two typos
    [InlineData("counterfeit", "counterfeit", false)] // no typo
    [InlineData("patnet", "patent", true)]
    [InlineData("patetn", "patent", true)]
    [InlineData("pantet", "patent", false)] // two substitutions
    public void One_typo_is_a_substitution_insertion_deletion_or_swap(string typed, string word, bool expected)
    {
        var result = Run($"return s.oneTypoApart({JsonSerializer.Serialize(typed)}, {JsonSerializer.Serialize(word)});");

        Assert.Equal(expected, result.GetBoolean());
    }

    [Fact]
    public void A_word_found_only_one_typo_away_is_matched_and_offered_corrected()
    {
        var result = Run("""
            const f = await s.search('Counterfiet Order', '', index({ fake: { counterfeit: 12, order: 1 }, other: { order: 12 }, near: { counterfeiter: 3 } }), 10);
            return { keys: f.results.map(r => r.key), corrections: f.corrections, corrected: s.corrected('Counterfiet Order', f.corrections) };
            """);

        // Assert
        Assert.Equal("fake", Keys(result.GetProperty("keys"))[0]);
        Assert.Equal("""[{"from":"counterfiet","to":"counterfeit"}]""", result.GetProperty("corrections").GetRawText());
        Assert.Equal("counterfeit Order", result.GetProperty("corrected").GetString());
    }

    [Fact]
    public void The_correction_is_the_shortest_word_of_the_results_with_that_stem()
    {
        // Arrange: the index holds the stem "expir" (of expired, expiring), the documents the words.
        var result = Run("""
            const f = await s.search('expried', '', index({ expiry: { expir: 12 } }), 10);
            return f.corrections.map(c => c.to);
            """);

        Assert.Equal(["expired"], Keys(result));
    }

    [Fact]
    public void A_word_the_index_has_is_not_corrected()
    {
        var result = Run("""return (await s.search('patent', '', index({ a: { patent: 12 }, b: { patient: 12 } }), 10)).corrections;""");

        Assert.Empty(result.EnumerateArray());
    }
}
