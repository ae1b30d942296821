using System.Text;
using System.Text.Json;
using AppealHandbook.Tests.TestKit;
using static AppealHandbook.Tests.Hostile.HostileKit;

namespace AppealHandbook.Tests.Hostile;

/// <summary>
/// Hostile Markdown: deep nesting, thousands of links, links to the page itself, xref and
/// related cycles, empty or punctuation-only headings, duplicate ids, pathological inline runs,
/// and text that splits badly (characters outside the Basic Multilingual Plane).
/// </summary>
[Trait(Category.Name, Category.Hostile)]
public class ContentHostileTests
{
    /// <summary>The 1-based line of the first line of the en article containing <paramref name="marker"/>.</summary>
    private static int LineContaining(TestSite site, string marker, string path = EnArticle)
    {
        var lines = ReadText(site, path).Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(marker, StringComparison.Ordinal));
        Assert.True(index >= 0, marker + " not found");
        return index + 1;
    }

    [Theory]
    [InlineData("nested lists", "- ", 64)]
    [InlineData("nested quotes", "> ", 64)]
    [InlineData("nested ordered lists", "1. ", 64)]
    [InlineData("quotes inside lists", "- > ", 40)]
    public void Moderately_deep_nesting_is_ST010_on_its_line(string name, string unit, int depth)
    {
        using var s = Scenario.Run(site => AppendToBody(site, string.Concat(Enumerable.Repeat(unit, depth)) + "deep text " + name));

        // Refused on the line that nests too deep (more than 24 levels), and nothing else.
        var line = LineContaining(s.Site, "deep text " + name);
        s.ExpectError("ST010", EnArticle, line);
        Assert.All(s.Result.Diagnostics.Where(d => d.Severity == AppealHandbook.Core.Severity.Error), d => AssertClear(d, EnArticle, line));
    }

    [Fact]
    public void Deeply_indented_nested_lists_are_ST010_on_the_first_level_too_deep()
    {
        var list = new StringBuilder();
        for (var i = 0; i < 200; i++)
        {
            list.Append(new string(' ', i * 2)).Append("- level ").Append(i).Append('\n');
        }

        using var s = Scenario.Run(site => AppendToBody(site, list.ToString()));

        // Levels 0–23 are the 24 allowed; the item of level 24 is the first one too deep.
        var line = LineContaining(s.Site, "- level 24");
        s.ExpectError("ST010", EnArticle, line);
        Assert.All(s.Result.Diagnostics.Where(d => d.Severity == AppealHandbook.Core.Severity.Error), d => AssertClear(d, EnArticle, line));
    }

    [Fact]
    public void Ten_thousand_xref_links_on_one_page_build_in_time()
    {
        var links = string.Join('\n', Enumerable.Range(0, 10_000).Select(i => $"- [link {i}](xref:order-defect-rate#causes)"));
        using var s = Scenario.Run(site => AppendToBody(site, links));

        s.ExpectSuccess();
        var anchors = s.Html("en/late-shipment-rate/index.html").QuerySelectorAll(".prose a[href='../../en/order-defect-rate/#causes']");
        Assert.True(anchors.Length >= 10_000, $"expected 10,000 resolved links, found {anchors.Length}");
    }

    [Fact]
    public void Ten_thousand_broken_xrefs_are_each_reported_with_a_line()
    {
        var links = string.Join("\n\n", Enumerable.Range(0, 10_000).Select(i => $"[link {i}](xref:no-such-article-{i})"));
        using var s = Scenario.Run(site => AppendToBody(site, links));

        Assert.False(s.Result.Succeeded);
        var unknown = s.Result.Diagnostics.Where(d => d.Code == "LK003").ToList();
        Assert.Equal(10_000, unknown.Count);
        var first = LineContaining(s.Site, "(xref:no-such-article-0)");
        AssertClear(unknown.Single(d => d.Message.Contains("'no-such-article-0'", StringComparison.Ordinal)), EnArticle, first);
        Assert.Equal(10_000, unknown.Select(d => d.Line).Distinct().Count());
    }

    [Theory]
    [InlineData("xref to itself", "[me](xref:late-shipment-rate)", "../../en/late-shipment-rate/")]
    [InlineData("xref to its own section", "[me](xref:late-shipment-rate#causes)", "#causes")]
    [InlineData("file link to itself", "[me](late-shipment-rate.md)", "../../en/late-shipment-rate/")]
    [InlineData("fragment on the page", "[me](#overview)", "#overview")]
    [InlineData("relative link to its own folder", "[me](../en/late-shipment-rate/)", null)]
    [InlineData("site-absolute link to itself", "[me](/en/late-shipment-rate/)", null)]
    public void A_link_to_the_page_itself_builds(string name, string link, string? expectedHref)
    {
        using var s = Scenario.Run(site => AppendToBody(site, "Self: " + link));

        s.ExpectSuccess();
        var anchor = s.Html("en/late-shipment-rate/index.html").QuerySelectorAll(".prose a").LastOrDefault(a => a.TextContent == "me");
        Assert.True(anchor is not null, name);
        if (expectedHref is not null)
        {
            Assert.Equal(expectedHref, anchor.GetAttribute("href"));
        }
    }

    [Fact]
    public void Xref_and_related_cycles_build_and_list_each_backlink_once()
    {
        using var s = Scenario.Run(site =>
        {
            foreach (var lang in new[] { "en", "zh" })
            {
                site.Edit($"input/{lang}/late-shipment-rate.md", "related: []", "related: [order-defect-rate, late-shipment-rate]");
                site.Edit($"input/{lang}/order-defect-rate.md", "related: []", "related: [late-shipment-rate, order-defect-rate]");
            }

            AppendToBody(site, "[a](xref:order-defect-rate) [b](xref:late-shipment-rate) [c](xref:order-defect-rate#overview)");
            AppendToBody(site, "[back](xref:late-shipment-rate#causes) [self](xref:order-defect-rate)", "input/en/order-defect-rate.md");
        });

        // An article listed as related to itself is accepted.
        s.ExpectSuccess();
        var page = s.Html("en/order-defect-rate/index.html");
        var lists = page.QuerySelectorAll(".article-links section").ToList();
        Assert.NotEmpty(lists);
        foreach (var list in lists)
        {
            var hrefs = list.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal(hrefs.Distinct().Count(), hrefs.Count);
        }
    }

    [Theory]
    [InlineData("an empty H3", "###")]
    [InlineData("an H3 of spaces", "###    ")]
    [InlineData("an H3 of only an attribute", "### {#}")]
    [InlineData("a closed empty ATX heading", "### ###")]
    public void An_empty_heading_is_ST009_on_its_line(string name, string heading)
    {
        using var s = Scenario.Run(site => AppendToBody(site, "Marker paragraph.\n\n" + heading + "\n\nAfter the heading."));

        var line = LineContaining(s.Site, "Marker paragraph.") + 2;
        var error = s.ExpectError("ST009", EnArticle, line);
        Assert.True(error.Line == line, name);
    }

    [Theory]
    [InlineData("an H3 of only punctuation", "### !!!")]
    [InlineData("an H3 of only dots", "### ...")]
    [InlineData("an H3 of Chinese punctuation", "### 。。。！？")]
    [InlineData("an H3 of dashes and underscores", "### ---___")]
    [InlineData("an H3 of only an emoji", "### 🎉")]
    [InlineData("two punctuation H3s", "### ???\n\nText.\n\n### ???")]
    public void A_punctuation_only_heading_is_ST009_on_its_line(string name, string heading)
    {
        using var s = Scenario.Run(site => AppendToBody(site, "Marker paragraph.\n\n" + heading + "\n\nAfter the heading."));

        // One ST009 for each heading, on its own line.
        var marker = LineContaining(s.Site, "Marker paragraph.");
        var headingLines = ReadText(s.Site, EnArticle).Split('\n').Select((text, index) => (Text: text, Line: index + 1)).Where(x => x.Line > marker && x.Text.StartsWith("### ", StringComparison.Ordinal)).Select(x => x.Line).ToList();
        Assert.Equal(marker + 2, headingLines[0]);
        var errors = s.Result.Diagnostics.Where(d => d.Severity == AppealHandbook.Core.Severity.Error).ToList();
        Assert.True(errors.All(d => d.Code == "ST009"), name + ":\n" + Describe(s.Result));
        Assert.Equal(headingLines, errors.Select(d => d.Line).ToList());
        Assert.All(headingLines, line => s.ExpectError("ST009", EnArticle, line));
    }

    [Fact]
    public void A_punctuation_heading_with_an_explicit_id_is_still_ST009()
    {
        // The rule wants words in a heading: an explicit id does not make "???" acceptable.
        using var s = Scenario.Run(site => AppendToBody(site, "Marker paragraph.\n\n### ??? {#questions}\n\nText."));

        s.ExpectError("ST009", EnArticle, LineContaining(s.Site, "Marker paragraph.") + 2);
    }

    [Fact]
    public void A_duplicate_explicit_id_is_ST006_on_the_second_heading()
    {
        using var s = Scenario.Run(site => AppendToBody(site, "### First {#same}\n\nText.\n\n### Second {#same}\n\nText."));

        s.ExpectError("ST006", EnArticle, LineContaining(s.Site, "### Second {#same}"));
    }

    [Fact]
    public void A_heading_that_repeats_a_required_sections_id_is_ST006()
    {
        using var s = Scenario.Run(site => AppendToBody(site, "### Again {#overview}\n\nText."));

        s.ExpectError("ST006", EnArticle, LineContaining(s.Site, "### Again {#overview}"));
    }

    [Fact]
    public void Two_headings_whose_automatic_ids_collide_build_with_unique_ids()
    {
        using var s = Scenario.Run(site => AppendToBody(site, "### Same words\n\nText.\n\n### Same words\n\nText.\n\n### Same-words\n\nText."));

        s.ExpectSuccess();
        var html = s.Html("en/late-shipment-rate/index.html");
        Assert.Equal(["same-words", "same-words-1", "same-words-2"], html.QuerySelectorAll(".prose h3").Select(h => h.Id!).ToList());
        var ids = html.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
    }

    [Theory]
    [InlineData("main")]
    [InlineData("sidebar")]
    [InlineData("search-input")]
    [InlineData("search-suggestions")]
    public void A_heading_id_that_clashes_with_the_theme_is_ST006_on_its_line(string id)
    {
        using var s = Scenario.Run(site => AppendToBody(site, $"### Clash {{#{id}}}\n\nText."));

        s.ExpectError("ST006", EnArticle, LineContaining(s.Site, "### Clash"));
    }

    [Fact]
    public void A_heading_id_that_clashes_with_the_backlinks_title_is_ST006()
    {
        // order-defect-rate has backlinks, so its page carries id="backlinks-title".
        using var s = Scenario.Run(site => AppendToBody(site, "### Clash {#backlinks-title}\n\nText.", "input/en/order-defect-rate.md"));

        s.ExpectError("ST006", "input/en/order-defect-rate.md", LineContaining(s.Site, "### Clash", "input/en/order-defect-rate.md"));
    }

    [Theory]
    [InlineData("open brackets", "[")]
    [InlineData("image openers", "![")]
    [InlineData("asterisks", "*")]
    [InlineData("underscores", "_")]
    [InlineData("alternating emphasis", "*_")]
    [InlineData("backticks", "`")]
    [InlineData("less-than signs", "<")]
    [InlineData("unclosed link destinations", "[a](")]
    [InlineData("tildes", "~")]
    public void A_long_run_of_markdown_markers_is_ST010_on_its_line(string name, string unit)
    {
        // More than 1,000 markers (*, _, [, `, ~, <) on one line are refused before Markdig sees them.
        var run = string.Concat(Enumerable.Repeat(unit, 30_000 / unit.Length));
        using var s = Scenario.Run(site => AppendToBody(site, run));

        var line = LineContaining(s.Site, unit + unit + unit);
        var error = s.ExpectError("ST010", EnArticle, line);
        Assert.True(error.Message.Contains("1000 Markdown markers", StringComparison.Ordinal), name + ": " + error);
        Assert.All(s.Result.Diagnostics.Where(d => d.Severity == AppealHandbook.Core.Severity.Error), d => AssertClear(d, EnArticle, line));
    }

    [Theory]
    [InlineData("entity openers", "&#")]
    [InlineData("pipes", "|")]
    [InlineData("braces", "{")]
    public void A_long_run_of_other_punctuation_builds_in_time_as_text(string name, string unit)
    {
        var run = string.Concat(Enumerable.Repeat(unit, 30_000 / unit.Length));
        using var s = Scenario.Run(site => AppendToBody(site, run));

        s.ExpectSuccess();
        Assert.True(s.Html("en/late-shipment-rate/index.html").QuerySelector(".prose")!.TextContent.Contains(run, StringComparison.Ordinal), name);
    }

    [Theory]
    [InlineData("nested link texts", "[a", "](https://example.org)", 2_000)]
    [InlineData("nested images", "![a", "](https://example.org/a.png)", 2_000)]
    [InlineData("nested emphasis", "*a _b ", " b_ a*", 2_000)]
    [InlineData("nested strikethrough and strong", "**~~a ", " a~~**", 2_000)]
    public void Deeply_nested_but_closed_markdown_is_ST010_on_its_line(string name, string open, string close, int depth)
    {
        using var s = Scenario.Run(site => AppendToBody(site, "Nested: " + string.Concat(Enumerable.Repeat(open, depth)) + "core" + string.Concat(Enumerable.Repeat(close, depth))));

        var line = LineContaining(s.Site, "Nested: ");
        var error = s.ExpectError("ST010", EnArticle, line);
        Assert.True(error.Message.Contains("1000 Markdown markers", StringComparison.Ordinal), name + ": " + error);
        Assert.All(s.Result.Diagnostics.Where(d => d.Severity == AppealHandbook.Core.Severity.Error), d => AssertClear(d, EnArticle, line));
    }

    [Fact]
    public void Quote_and_list_markers_after_text_on_one_line_build_as_plain_text()
    {
        // "Nested: > - > - ..." starts with text, so Markdig reads the markers as a paragraph, not as nesting.
        var markers = string.Concat(Enumerable.Repeat("> - ", 200));
        using var s = Scenario.Run(site => AppendToBody(site, "Nested: " + markers + "core"));

        s.ExpectSuccess();
        var prose = s.Html("en/late-shipment-rate/index.html").QuerySelector(".prose")!;
        Assert.Contains("Nested: " + markers.TrimEnd() + " core", prose.TextContent.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Empty(prose.QuerySelectorAll("blockquote"));
    }

    [Fact]
    public void A_wide_table_and_many_footnotes_build_in_time()
    {
        var header = "|" + string.Concat(Enumerable.Range(0, 300).Select(i => $" c{i} |"));
        var rule = "|" + string.Concat(Enumerable.Repeat("---|", 300));
        var rows = string.Join('\n', Enumerable.Range(0, 20).Select(r => "|" + string.Concat(Enumerable.Range(0, 300).Select(i => $" {r}.{i} |"))));
        var notes = string.Join("\n\n", Enumerable.Range(0, 500).Select(i => $"Claim {i}.[^n{i}]\n\n[^n{i}]: Note {i}."));
        using var s = Scenario.Run(site => AppendToBody(site, header + "\n" + rule + "\n" + rows + "\n\n" + notes));

        s.ExpectSuccess();
    }

    [Fact]
    public void An_emoji_across_the_search_excerpt_boundary_keeps_the_index_valid()
    {
        // The search excerpt is cut at 240 characters: cutting between the two halves of a
        // surrogate pair would leave invalid UTF-16 that cannot be written as JSON.
        using var s = Scenario.Run(site => site.Edit(EnArticle, "Text.", new string('a', 239) + "😀 and more text after the emoji."));

        s.ExpectSuccess();
        var documents = Directory.EnumerateFiles(Path.Combine(s.Site.Output, "search", "en", "d"), "*.json")
            .Select(f => JsonDocument.Parse(File.ReadAllBytes(f)))
            .ToList();
        Assert.Contains(documents, d => d.RootElement.GetRawText().Contains("aaaa", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rare_chinese_character_across_the_search_excerpt_boundary_keeps_the_index_valid()
    {
        // 𬌗 (U+2C317) is outside the BMP: two UTF-16 code units, as every CJK Extension B–H character.
        using var s = Scenario.Run(site => site.Edit(ZhArticle, "Text.", new string('字', 239) + "𬌗后面还有文字。"));

        s.ExpectSuccess();
    }

    [Fact]
    public void Characters_outside_the_bmp_in_every_field_build()
    {
        using var s = Scenario.Run(site =>
        {
            ReplaceField(site, "title", "title: 𠮷野家 🎉 rate");
            ReplaceField(site, "summary", "summary: " + string.Concat(Enumerable.Repeat("😀", 200)));
            ReplaceField(site, "tags", "tags: [🎉, 𠮷]");
            site.Edit(EnArticle, "## Common causes {#causes}", "## Common causes 😀 {#causes}");
        });

        s.ExpectSuccess();
    }

    [Fact]
    public void Footnotes_that_cite_each_other_build()
    {
        using var s = Scenario.Run(site => AppendToBody(site, "Claim.[^a]\n\n[^a]: See [^b].\n\n[^b]: See [^a] and [^b]."));

        s.ExpectSuccess();
    }

    [Fact]
    public void A_one_and_a_half_megabyte_single_line_builds_in_time()
    {
        var words = string.Join(' ', Enumerable.Range(0, 150_000).Select(i => i % 7 == 0 ? "申诉" : "appeal"));
        using var s = Scenario.Run(site => AppendToBody(site, words[..Math.Min(words.Length, 1_500_000)]));

        s.ExpectSuccess();
    }

    [Fact]
    public void A_single_ten_thousand_character_word_builds()
    {
        using var s = Scenario.Run(site => AppendToBody(site, "### " + new string('W', 10_000) + " {#long}\n\n" + new string('x', 100_000)));

        s.ExpectSuccess();
    }

    [Fact]
    public void Thousands_of_headings_build_in_time()
    {
        var headings = string.Join("\n\n", Enumerable.Range(0, 1_000).Select(i => $"### Step {i} {{#step-{i}}}\n\nDo step {i}."));
        using var s = Scenario.Run(site => AppendToBody(site, headings));

        s.ExpectSuccess();
    }
}

/// <summary>
/// Extreme nesting, run in its own process: a stack overflow cannot be caught and would end the
/// whole test run. The check exits 1 with ST010 on the line of the nesting, never crashes.
/// </summary>
[Trait(Category.Name, Category.Hostile)]
public class DeepMarkdownProcessTests
{
    [Theory]
    [InlineData("100,000 nested quotes", ">", 100_000)]
    [InlineData("50,000 nested list items", "- ", 50_000)]
    [InlineData("50,000 nested brackets", "[", 50_000)]
    [InlineData("30,000 nested emphasis", "*a ", 30_000)]
    [InlineData("20,000 quote-list pairs", "> - ", 20_000)]
    public void Extreme_markdown_nesting_is_ST010_on_its_line_without_crashing_the_process(string name, string unit, int depth)
    {
        using var site = TestSite.Create(SiteFixtures.Valid);
        AppendToBody(site, string.Concat(Enumerable.Repeat(unit, depth)) + " bottom");

        var run = CliRunner.Execute(TimeSpan.FromSeconds(60), "check", "--input", site.Input, "--output", site.Output);

        HostileKit.AssertReturned(run);
        Assert.True(run.ExitCode == 1 && run.Output.Contains("input/en/late-shipment-rate.md:25:1: error ST010: ", StringComparison.Ordinal),
            $"{name}: expected ST010 on the line of the nesting (25):\n{Shorten(run.All, 2000)}");
    }
}
