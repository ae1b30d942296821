using System.Text.Json;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Search;

/// <summary>
/// Queries sellers actually type — slang, abbreviations, partial words, one-letter typos,
/// the other language, with and without a type filter — each with the article it must find in
/// the top 3. They run the theme's own search.js (under Node) against the index built from the
/// real <c>input/</c>, so they test exactly what the browser runs.
/// </summary>
[Collection("real handbook")]
[Trait(Category.Name, Category.Handbook)]
public class SellerQueryTests(RealHandbook handbook)
{
    /// <summary>(site language, query, type filter, expected key).</summary>
    public static readonly (string Lang, string Query, string Type, string Key)[] Queries =
    [
        ("zh", "订单缺陷率", "", "order-defect-rate"),
        ("zh", "订单缺陷", "", "order-defect-rate"),
        ("zh", "ODR", "", "order-defect-rate"),
        ("zh", "迟发率", "", "late-shipment-rate"),
        ("zh", "取消率", "", "pre-fulfillment-cancel-rate"),
        ("zh", "有效追踪率", "", "valid-tracking-rate"),
        ("zh", "A-to-z", "", "a-to-z-claim"),
        ("zh", "交易保障索赔", "", "a-to-z-claim"),
        ("zh", "差评", "", "negative-feedback"),
        ("zh", "负面反馈", "", "negative-feedback"),
        ("zh", "封号", "", "account-suspension"),
        ("zh", "账户停用", "", "account-suspension"),
        ("zh", "关联", "", "related-accounts"),
        ("zh", "关联账户", "", "related-accounts"),
        ("zh", "侵权", "", "ip-trademark"),
        ("zh", "商标", "", "ip-trademark"),
        ("zh", "版权", "", "ip-copyright"),
        ("zh", "DMCA", "", "ip-copyright"),
        ("zh", "专利", "", "ip-patent"),
        ("zh", "TRO", "", "ip-court-order-tro"),
        ("zh", "临时限制令", "", "ip-court-order-tro"),
        ("zh", "二手当新品", "", "product-condition"),
        ("zh", "商品状况", "", "product-condition"),
        ("zh", "假货", "", "inauthentic-complaint"),
        ("zh", "过期", "", "expired-product"),
        ("zh", "受限商品", "", "restricted-products"),
        ("zh", "促销", "", "promotional-media"),
        ("zh", "申诉信", "", "plan-of-action"),
        ("zh", "POA", "", "plan-of-action"),
        ("zh", "行动计划", "", "plan-of-action"),
        ("zh", "Order defect", "", "order-defect-rate"),
        ("zh", "申诉", "guides", "plan-of-action"),
        ("zh", "商品安全", "product-quality", "product-safety"),
        ("en", "suspension", "", "account-suspension"),
        ("en", "related accounts", "", "related-accounts"),
        ("en", "trademark", "", "ip-trademark"),
        ("en", "商标", "", "ip-trademark"),
        ("en", "封号", "", "account-suspension"),
        ("en", "counterfeit", "", "inauthentic-complaint"),
        ("en", "plan of action", "", "plan-of-action"),
        ("en", "late shipment", "", "late-shipment-rate"),
        ("en", "ODR", "", "order-defect-rate"),
        ("en", "DMCA", "", "ip-copyright"),
        ("en", "restricted products", "", "restricted-products"),
        ("en", "expired", "", "expired-product"),
        ("en", "trademrk", "", "ip-trademark"),
        ("en", "suspenson", "", "account-suspension"),
        ("en", "valid tracking", "", "valid-tracking-rate"),
        ("en", "negative feedback", "", "negative-feedback"),
        ("en", "cancel rate", "", "pre-fulfillment-cancel-rate"),
        ("en", "patent", "intellectual-property", "ip-patent"),
        ("en", "used sold as new", "", "product-condition"),
        ("en", "promotional media", "", "promotional-media"),
        ("en", "inauthentic", "", "inauthentic-complaint"),
        ("en", "court order", "", "ip-court-order-tro"),
        ("en", "switch to FBA", "", "fbm-restriction-fba-conversion"),
        ("en", "selling privileges removed performance", "", "selling-privileges-performance"),
        ("en", "policy violation privileges", "", "selling-privileges-policy"),
    ];

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
            .Select(x => $"[{x.First.Lang}] '{x.First.Query}'{(x.First.Type.Length > 0 ? " type=" + x.First.Type : "")} → expected {x.First.Key}, got [{string.Join(", ", x.Second)}]")
            .ToList();
        Assert.True(misses.Count == 0, "Queries that missed:\n" + string.Join("\n", misses));
        Assert.True(Queries.Length >= 40);
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
