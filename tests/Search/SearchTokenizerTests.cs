using System.Text.Json;
using AppealHandbook.Core;
using AppealHandbook.Search;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Search;

[Trait(Category.Name, Category.Unit)]
public class SearchTokenizerTests
{
    public static TheoryData<string, string[]> IndexVectors => new()
    {
        { "Order Defect Rate (ODR)", ["order", "defect", "rate", "odr"] },
        { "A-to-z Guarantee claims", ["a-to-z", "guarantee", "claim"] },
        { "订单缺陷率", ["订单", "单缺", "缺陷", "陷率", "订", "单", "缺", "陷", "率"] },
        { "ＦＢＡ卖家", ["fba", "卖家", "卖", "家"] },
        { "seller's invoices", ["seller", "invoice"] },
        { "shipping shipped ships", ["shipp", "shipp", "ship"] },
        { "DMCA 版权", ["dmca", "版权", "版", "权"] },
        { "policies boxes", ["policy", "box"] },
        { "the 1 and 60-day window", ["60-day", "60", "day", "window"] },
    };

    [Theory]
    [MemberData(nameof(IndexVectors))]
    public void Tokenize_follows_the_documented_rules(string text, string[] expected) =>
        Assert.Equal(expected, SearchTokenizer.Tokenize(text));

    [Fact]
    public void Query_tokens_use_only_bigrams_of_a_chinese_run()
    {
        Assert.Equal(["订单", "单缺", "缺陷", "陷率"], SearchTokenizer.QueryTokens("订单缺陷率"));
        Assert.Equal(["封"], SearchTokenizer.QueryTokens("封"));
        Assert.Equal(["odr", "申诉"], SearchTokenizer.QueryTokens("ODR 申诉"));
    }

    [Fact]
    public void Any_run_of_chinese_from_a_text_is_covered_by_its_index_tokens()
    {
        var text = "亚马逊会在卖家平台的账户状况页面显示订单缺陷率";
        var index = SearchTokenizer.Tokenize(text).ToHashSet();
        for (var start = 0; start < text.Length; start++)
        {
            for (var length = 1; start + length <= text.Length; length++)
            {
                Assert.All(SearchTokenizer.QueryTokens(text.Substring(start, length)), t => Assert.Contains(t, index));
            }
        }
    }

    [Fact]
    public void Shards_depend_on_the_first_two_characters_only()
    {
        Assert.Equal(SearchTokenizer.ShardOf("guarantee", 64), SearchTokenizer.ShardOf("guarantie", 64));
        Assert.Equal((int)((111u * 31 + 100) % 16), SearchTokenizer.ShardOf("odr", 16));
        Assert.InRange(SearchTokenizer.ShardOf("订单", 7), 0, 6);
    }

    [Fact]
    public void The_browser_client_tokenizes_exactly_like_the_index_builder()
    {
        // Arrange: every vector, plus real article text.
        var samples = IndexVectors.Select(v => (string)v[0]).Concat(
        [
            "Ａｍａｚｏｎ’s A-to-z Guarantee 亚马逊商城交易保障索赔 (60 天) — AT&T's boxes, policies; ODR/LSR ≤ 4%",
            "知识产权投诉：商标、版权、专利。TRO 临时限制令！Don't panic.",
        ]).ToList();
        var json = JsonSerializer.Serialize(samples);

        // Act
        var output = NodeRunner.Run($$"""
            const s = require({{NodeRunner.SearchJs}});
            const samples = {{json}};
            console.log(JSON.stringify(samples.map(t => [s.tokenize(t), s.queryTokens(t), s.tokenize(t).map(x => s.shardOf(x, 37))])));
            """);

        // Assert
        var fromJs = JsonSerializer.Deserialize<List<List<List<JsonElement>>>>(output)!;
        for (var i = 0; i < samples.Count; i++)
        {
            var tokens = SearchTokenizer.Tokenize(samples[i]);
            Assert.Equal(tokens, fromJs[i][0].Select(e => e.GetString()));
            Assert.Equal(SearchTokenizer.QueryTokens(samples[i]), fromJs[i][1].Select(e => e.GetString()));
            Assert.Equal(tokens.Select(t => SearchTokenizer.ShardOf(t, 37)), fromJs[i][2].Select(e => e.GetInt32()));
        }
    }
}
