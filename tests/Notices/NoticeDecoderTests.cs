using System.Text.Json;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Notices;

/// <summary>
/// Notices written in the style sellers receive them, English and Chinese, every complaint type
/// at least once, each decoded by the theme's own notice.js (under Node) with the phrases built
/// from the real <c>input/</c>, on both language sites: the right type first or second, and its
/// ASINs, order ids and deadlines exactly.
/// </summary>
[Collection("real handbook")]
[Trait(Category.Name, Category.Handbook)]
public class NoticeDecoderTests(RealHandbook handbook, Xunit.Abstractions.ITestOutputHelper output)
{
    public static TheoryData<string> Samples => [.. NoticeSample.All.Select(s => s.Name)];

    private static string NoticeJs => JsonSerializer.Serialize(Path.Combine(Repository.Theme, "assets", "notice.js"));

    /// <summary>Runs the decoder on <paramref name="text"/> with each language's phrases; one result per language.</summary>
    private Dictionary<string, JsonElement> Decode(string text)
    {
        var script = $$"""
            const fs = require('fs');
            const api = require({{NoticeJs}});
            const text = {{JsonSerializer.Serialize(text)}};
            const out = {};
            for (const lang of ['zh', 'en']) {
              const data = JSON.parse(fs.readFileSync({{JsonSerializer.Serialize(handbook.Output)}} + '/' + lang + '/notice/phrases.json', 'utf8'));
              const r = api.decode(api.prepare(data), text);
              out[lang] = { keys: r.types.map(t => t.key === undefined ? t.type.key : t.key), asins: r.asins, orders: r.orders,
                deadlines: r.deadlines.map(d => d.value), matched: r.types.map(t => t.matched) };
            }
            console.log(JSON.stringify(out));
            """;
        return JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(NodeRunner.Run(script))!;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Each_notice_names_its_type_first_or_second_and_its_ids_and_deadlines_exactly(string name)
    {
        // Arrange
        Assert.True(handbook.Result.Succeeded, string.Join("\n", handbook.Result.Diagnostics));
        var sample = NoticeSample.Read(Path.Combine(NoticeSample.Folder, name + ".txt"));

        // Act
        var decoded = Decode(sample.Text);

        // Assert
        foreach (var (lang, result) in decoded)
        {
            var keys = result.GetProperty("keys").EnumerateArray().Select(k => k.GetString()!).ToList();
            var at = keys.IndexOf(sample.Key);
            Assert.True(at is 0 or 1, $"{name} on the {lang} site: {sample.Key} is at {at} in [{string.Join(", ", keys)}]");
            Assert.Equal(sample.Asins, Strings(result, "asins"));
            Assert.Equal(sample.Orders, Strings(result, "orders"));
            Assert.Equal(sample.Deadlines, Strings(result, "deadlines"));
        }
    }

    [Fact]
    public void The_samples_cover_every_complaint_type_in_both_languages_of_notice()
    {
        var samples = NoticeSample.All.ToList();
        var keys = Directory.EnumerateFiles(Path.Combine(Repository.Input, "_data", "notices"), "*.yml").Select(Path.GetFileNameWithoutExtension).ToHashSet();

        Assert.True(samples.Count >= 25, $"{samples.Count} samples");
        Assert.Empty(keys.Except(samples.Select(s => s.Key)));
        Assert.Contains(samples, s => s.Name.StartsWith("zh-", StringComparison.Ordinal));
        Assert.Contains(samples, s => s.Name.StartsWith("en-", StringComparison.Ordinal));
        Assert.All(samples.Where(s => s.Name.StartsWith("zh-", StringComparison.Ordinal)), s => Assert.True(s.Text.Count(c => c is >= '\u4e00' and <= '\u9fff') > 100, s.Name + " is written in Chinese"));
    }

    /// <summary>
    /// Paraphrases are not held to the samples' standard; the decoder must still place most of them
    /// first or second. The figure is printed, so a change to the phrases or weights shows its effect.
    /// </summary>
    [Fact]
    public void Most_paraphrases_in_other_words_still_find_their_type()
    {
        var paraphrases = NoticeSample.Paraphrases.ToList();
        var script = new System.Text.StringBuilder($$"""
            const fs = require('fs');
            const api = require({{NoticeJs}});
            const prepared = {};
            for (const lang of ['zh', 'en']) prepared[lang] = api.prepare(JSON.parse(fs.readFileSync({{JsonSerializer.Serialize(handbook.Output)}} + '/' + lang + '/notice/phrases.json', 'utf8')));
            const texts = {{JsonSerializer.Serialize(paraphrases.Select(p => p.Text))}};
            console.log(JSON.stringify(texts.map(t => api.decode(prepared[t.match(/[一-鿿]/) ? 'zh' : 'en'], t).types.map(r => r.type.key))));
            """);

        var ranked = JsonSerializer.Deserialize<List<List<string>>>(NodeRunner.Run(script.ToString()))!;

        var first = paraphrases.Where((p, i) => ranked[i].IndexOf(p.Key) == 0).Count();
        var topTwo = paraphrases.Where((p, i) => ranked[i].IndexOf(p.Key) is 0 or 1).Count();
        output.WriteLine($"paraphrases: first {first}/{paraphrases.Count}, first or second {topTwo}/{paraphrases.Count}");
        Assert.True(paraphrases.Count >= 20, $"{paraphrases.Count} paraphrases");
        Assert.True(topTwo * 4 >= paraphrases.Count * 3, $"only {topTwo} of {paraphrases.Count} paraphrases found their type first or second:\n"
            + string.Join("\n", paraphrases.Select((p, i) => $"{p.Name}: [{string.Join(", ", ranked[i])}]")));
    }

    [Fact]
    public void The_matched_phrases_are_the_notices_own_words()
    {
        var sample = NoticeSample.Read(Path.Combine(NoticeSample.Folder, "en-order-defect-rate.txt"));

        var matched = Decode(sample.Text)["en"].GetProperty("matched")[0].EnumerateArray().Select(m => m.GetString()).ToList();

        Assert.Contains("Order Defect Rate", matched);
        Assert.Contains("above our target of 1%", matched);
    }

    private static List<string> Strings(JsonElement result, string name) =>
        [.. result.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];
}
