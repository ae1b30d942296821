using AppealHandbook.Core;
using AppealHandbook.Markdown;
using AppealHandbook.Search;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Search;

[Trait(Category.Name, Category.Unit)]
public class BuildSearchIndexTests
{
    [Fact]
    public void Writes_an_index_per_language_and_lets_go_of_the_text()
    {
        // Arrange
        using var site = TestSite.Create(InlineSite.Frame + InlineSite.Pair("late-shipment", en: "## Causes {#causes}\n\nCarriers.", zh: "## 原因 {#causes}\n\n承运人。"));

        // Act
        var state = site.RunThrough<BuildSearchIndex>().State;

        // Assert
        var outputs = state.Outputs.Select(o => o.Path).ToList();
        Assert.Contains("search/en/meta.json", outputs);
        Assert.Contains("search/zh/meta.json", outputs);
        Assert.Contains(outputs, p => p.StartsWith("search/en/s/", StringComparison.Ordinal));
        var documents = string.Join("\n", state.Outputs.Where(o => o.Path.StartsWith("search/en/", StringComparison.Ordinal)).Select(o => System.Text.Encoding.UTF8.GetString(o.Bytes.Span)));
        Assert.Contains("LATE-SHIPMENT", documents, StringComparison.Ordinal);
        Assert.All(state.Pages, p => Assert.True(p.TextSections.IsDefaultOrEmpty));
    }

    [Fact]
    public void Gathering_the_postings_in_batches_writes_the_index_gathering_them_at_once_writes()
    {
        // Arrange: enough distinct words for several shards, so that one shard per batch splits the work.
        var articles = string.Concat(Enumerable.Range(0, 40).Select(a => InlineSite.Pair(
            $"a{a:00}",
            en: "## Words {#words}\n\n" + string.Join(' ', Enumerable.Range(0, 300).Select(w => $"w{(a * 7919 + w * 104729) % 5003}")),
            zh: "## 词 {#words}\n\n" + string.Concat(Enumerable.Range(0, 200).Select(w => (char)(0x4E00 + ((a * 31 + w * 17) % 2000)))))));
        using var site = TestSite.Create(InlineSite.Frame + articles);
        IReadOnlyDictionary<string, byte[]> Index(long postingsPerBatch)
        {
            var state = site.RunThrough<ArticleTrees>().State;
            var module = new BuildSearchIndex { PostingsPerBatch = postingsPerBatch };
            module.Execute(state.For(module));
            return state.Outputs.Where(o => o.Path.StartsWith("search/", StringComparison.Ordinal)).ToDictionary(o => o.Path, o => o.Bytes.ToArray());
        }

        // Act
        var atOnce = Index(long.MaxValue);
        var inBatches = Index(1); // every shard a batch of its own

        // Assert
        Assert.True(atOnce.Keys.Count(p => p.StartsWith("search/en/s/", StringComparison.Ordinal)) >= 4, "the site should make several shards");
        Assert.Equal(atOnce.Keys.Order(), inBatches.Keys.Order());
        Assert.All(atOnce, file => Assert.Equal(file.Value, inBatches[file.Key]));
    }
}
