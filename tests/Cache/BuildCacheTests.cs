using AppealHandbook.Tests.TestKit;
using CsCheck;

namespace AppealHandbook.Tests.Cache;

/// <summary>
/// The build cache never changes the result: after random edits of every kind (article text,
/// titles, section ids, the glossary, data files, layouts, static files, deletions, renames, new
/// articles, and changes to the output folder behind the build's back), a build with the cache
/// leaves the same files, byte for byte, and reports the same diagnostics as a clean build.
/// </summary>
[Trait(Category.Name, Category.Hostile)]
public class BuildCacheTests
{
    /// <summary>Sites per run: modest by default; set CACHE_ITERATIONS for a deeper run.</summary>
    private static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("CACHE_ITERATIONS"), out var n) && n > 0 ? n : 20;

    private static readonly string[] Keys = ["late-shipment-rate", "order-defect-rate", "valid-tracking-rate"];

    private static readonly string[] Langs = ["zh", "en"];

    /// <summary>The fixture site, plus an article pair nothing links to, with an evidence checklist, and an image.</summary>
    public static string Files =>
        SiteFixtures.Valid
        + SiteFixtures.Article("zh", "valid-tracking-rate", "有效追踪率", body: "上传[追踪编码](xref:order-defect-rate)。\n\n## 材料 {#evidence}\n\n- [ ] 发票\n- [ ] 追踪记录\n\n![图](../images/a.png)")
        + SiteFixtures.Article("en", "valid-tracking-rate", "Valid tracking rate", body: "Upload [tracking](xref:order-defect-rate).\n\n## Evidence {#evidence}\n\n- [ ] Invoices\n- [ ] Tracking records\n\n![Chart](../images/a.png)")
        + "-- input/images/a.png --\nnot really a picture\n";

    /// <summary>One edit: its kind, and two numbers that pick where and what.</summary>
    public sealed record Edit(int Kind, int Pick, int Value)
    {
        public override string ToString() => $"{Names[Kind]}({Pick},{Value})";
    }

    private static readonly string[] Names =
    [
        "prose", "prose-moving-lines", "title", "section-id", "glossary", "data-file", "layout", "delete-article",
        "rename-pair", "new-pair", "evidence-item", "static-file", "output-changed", "output-deleted", "unsafe-html", "mention-glossary-term",
    ];

    private static readonly Gen<Edit> AnyEdit = Gen.Select(Gen.Int[0, Names.Length - 1], Gen.Int[0, 1000], Gen.Int[0, 1000], (k, p, v) => new Edit(k, p, v));

    [Fact]
    public void A_cached_build_after_random_edits_is_byte_identical_to_a_clean_one() =>
        AnyEdit.Array[1, 4].Sample(edits =>
        {
            using var builds = new CachedBuilds(Files);
            builds.BuildBothAndCompare("first build");
            for (var i = 0; i < edits.Length; i++)
            {
                Apply(builds, edits[i]);
                builds.BuildBothAndCompare($"after {string.Join(", ", edits.Take(i + 1))}");
            }
        }, iter: Iterations, threads: 1, print: edits => string.Join(", ", edits));

    [Fact]
    public void An_edit_of_one_articles_prose_reuses_every_other_page()
    {
        using var builds = new CachedBuilds(Files);
        builds.BuildBothAndCompare("first build");
        builds.Site.Edit("input/en/valid-tracking-rate.md", "Text.", "Text, with one more sentence about carriers.");
        var result = builds.BuildBothAndCompare("prose edit");
        Assert.Equal(11, result.ReusedPages); // the site's 12 articles but the edited one
    }

    [Fact]
    public void An_edit_of_a_title_builds_every_page_again()
    {
        using var builds = new CachedBuilds(Files);
        builds.BuildBothAndCompare("first build");
        builds.Site.Edit("input/en/valid-tracking-rate.md", "title: Valid tracking rate", "title: Valid tracking rate (VTR)");
        Assert.Equal(0, builds.BuildBothAndCompare("title edit").ReusedPages);
    }

    [Fact]
    public void Without_changes_a_second_build_reuses_every_article_and_writes_no_file()
    {
        using var builds = new CachedBuilds(Files);
        builds.BuildBothAndCompare("first build");
        var before = File.GetLastWriteTimeUtc(Path.Combine(builds.Site.Output, "en", "valid-tracking-rate", "index.html"));
        var result = builds.BuildBothAndCompare("second build");
        Assert.Equal(12, result.ReusedPages);
        Assert.Equal(before, File.GetLastWriteTimeUtc(Path.Combine(builds.Site.Output, "en", "valid-tracking-rate", "index.html")));
    }

    [Fact]
    public void A_prose_edit_in_a_site_of_many_search_shards_matches_a_clean_build()
    {
        // Enough text for several shards per language, so that the edit leaves some shards as they were.
        var random = new Random(19);
        var words = Enumerable.Range(0, 3000).Select(i => $"w{i}x{(char)('a' + (i % 26))}").ToArray();
        string English() => string.Join(' ', Enumerable.Range(0, 400).Select(_ => words[random.Next(words.Length)])) + ".";
        string Chinese() => new([.. Enumerable.Range(0, 700).Select(_ => (char)random.Next(0x4E00, 0x5600))]);
        var files = BuildCacheTests.Files + string.Concat(Enumerable.Range(0, 40).Select(i =>
            SiteFixtures.Article("zh", $"extra-{i}", $"附加{i}", body: Chinese()) + SiteFixtures.Article("en", $"extra-{i}", $"Extra {i}", body: English())));
        using var builds = new CachedBuilds(files);
        builds.BuildBothAndCompare("first build");
        Assert.True(Directory.EnumerateFiles(Path.Combine(builds.Site.Output, "search", "zh", "s")).Count() >= 8, "too few shards to test");

        builds.Site.Edit("input/zh/extra-7.md", "Lead.", "Lead. 新的一句话，说明申诉材料。");
        builds.Site.Edit("input/en/extra-3.md", "Lead.", "Lead. w17xr w2999xl brandnewword.");
        var result = builds.BuildBothAndCompare("prose edits");

        Assert.Equal(90, result.ReusedPages);
    }

    private static void Apply(CachedBuilds builds, Edit edit)
    {
        var root = builds.Site.Root;
        var articles = Directory.EnumerateFiles(Path.Combine(root, "input"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var article = articles[edit.Pick % articles.Count];
        var key = Keys[edit.Pick % Keys.Length];
        var lang = Langs[edit.Value % 2];
        switch (Names[edit.Kind])
        {
            case "prose":
                Replace(article, "Text", $"Text, said again {edit.Value} times");
                break;
            case "prose-moving-lines":
                Replace(article, "\n---\n", $"\n---\n\nA new opening paragraph ({edit.Value}).\n\nAnd a second one.\n");
                break;
            case "title":
                Replace(article, "title: ", $"title: {edit.Value} ");
                break;
            case "section-id":
                Replace(article, "{#causes}", $"{{#causes-{edit.Value}}}");
                break;
            case "glossary":
                Replace(Path.Combine(root, "input/_data/glossary.yml"), "The share of orders", $"The share ({edit.Value}) of orders");
                break;
            case "data-file":
                Replace(Path.Combine(root, "input/_data/violation-types.yml"), "Performance metrics", $"Performance metrics {edit.Value}");
                break;
            case "layout":
                Replace(Path.Combine(builds.Theme, "layouts/article.liquid"), "</article>", $"<p>layout {edit.Value}</p></article>");
                break;
            case "delete-article":
                File.Delete(article);
                break;
            case "rename-pair":
                foreach (var l in Langs)
                {
                    var from = Path.Combine(root, "input", l, key + ".md");
                    if (File.Exists(from))
                    {
                        File.WriteAllText(Path.Combine(root, "input", l, $"{key}-{edit.Value}.md"), File.ReadAllText(from).Replace($"key: {key}", $"key: {key}-{edit.Value}"));
                        File.Delete(from);
                    }
                }

                break;
            case "new-pair":
                builds.Site.Write(SiteFixtures.Article("zh", $"new-{edit.Value}", $"新文章{edit.Value}", body: "见[迟发率](xref:late-shipment-rate)。")
                    + SiteFixtures.Article("en", $"new-{edit.Value}", $"New {edit.Value}", body: "See [late shipments](xref:late-shipment-rate)."));
                break;
            case "evidence-item":
                Replace(Path.Combine(root, "input", lang, "valid-tracking-rate.md"), "- [ ] ", $"- [ ] Item {edit.Value}\n- [ ] ");
                break;
            case "static-file":
                builds.Site.Write($"-- input/images/a.png --\nanother picture {edit.Value}\n");
                break;
            case "output-changed":
                Behind(builds.Site.Output, edit.Pick, file => File.AppendAllText(file, "changed"));
                break;
            case "output-deleted":
                Behind(builds.Site.Output, edit.Pick, File.Delete);
                break;
            case "unsafe-html":
                Replace(article, "Text", "<b>Text</b>");
                break;
            case "mention-glossary-term":
                Replace(article, "Text", "Text about the Order Defect Rate and ODR");
                break;
        }
    }

    /// <summary>Changes one file of the output as someone else would, keeping nothing the build could notice but its content or absence.</summary>
    private static void Behind(string output, int pick, Action<string> change)
    {
        var files = Directory.Exists(output) ? Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList() : [];
        if (files.Count > 0)
        {
            change(files[pick % files.Count]);
        }
    }

    private static void Replace(string path, string old, string replacement)
    {
        if (File.Exists(path))
        {
            var text = File.ReadAllText(path);
            var at = text.IndexOf(old, StringComparison.Ordinal);
            if (at >= 0)
            {
                File.WriteAllText(path, string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length)));
            }
        }
    }
}
