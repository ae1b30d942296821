using System.Text;
using AppealHandbook.Tests.TestKit;
using static AppealHandbook.Tests.Hostile.HostileKit;

namespace AppealHandbook.Tests.Hostile;

/// <summary>
/// Hostile front matter: malformed YAML, tabs, duplicate keys, wrong types, huge values, anchors
/// and aliases (billion laughs), a missing closing <c>---</c>, empty files. Each case is built on
/// top of a good build, so every failure also proves the previous output was left as it was.
/// </summary>
/// <remarks>
/// The en fixture article's front matter is on lines 2–10: title 2, key 3, lang 4, type 5,
/// summary 6, updated 7, related 8, tags 9, aliases 10; the closing <c>---</c> is line 11.
/// </remarks>
public class FrontMatterHostileTests
{
    public static TheoryData<string, string, string, int, int> MalformedYaml => new()
    {
        // name, field replaced, with, first acceptable line, last acceptable line
        { "unclosed flow sequence", "summary", "summary: [unclosed", 6, 10 },
        { "unclosed flow mapping", "summary", "summary: {a: b", 6, 10 },
        { "unterminated double quote", "summary", "summary: \"never closed", 6, 10 },
        { "unterminated single quote", "title", "title: 'never closed", 2, 10 },
        { "a colon and space inside a plain value", "title", "title: Late: shipment: rate", 2, 2 },
        { "reserved indicator @", "title", "title: @late", 2, 2 },
        { "reserved indicator `", "title", "title: `late`", 2, 2 },
        { "a list item among fields", "summary", "- summary", 6, 7 },
        { "bad indentation", "summary", "summary: a\n  nested: b", 6, 7 },
        { "an alias to no anchor", "title", "title: *nowhere", 2, 2 },
        { "a directive inside the block", "summary", "%YAML 1.2", 6, 7 },
        { "a lone closing bracket", "tags", "tags: ]", 9, 9 },
    };

    [Theory]
    [MemberData(nameof(MalformedYaml))]
    public void Malformed_yaml_is_FM001_on_its_line(string name, string field, string line, int first, int last)
    {
        using var s = Scenario.Run(site => ReplaceField(site, field, line));

        var error = s.ExpectError("FM001", EnArticle);
        Assert.True(error.Line >= first && error.Line <= last, $"{name}: FM001 should point at lines {first}–{last}: {error}");
    }

    [Fact]
    public void A_tab_used_for_indentation_is_FM001_on_its_line_and_column()
    {
        using var s = Scenario.Run(site => ReplaceField(site, "summary", "\tsummary: Indented with a tab."));

        var error = s.ExpectError("FM001", EnArticle, line: 6);
        Assert.Equal(1, error.Column);
        Assert.Contains("tab", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_tab_after_the_colon_is_reported_on_its_line_or_accepted()
    {
        using var s = Scenario.Run(site => ReplaceField(site, "title", "title:\tLate shipment rate"));

        if (!s.Result.Succeeded)
        {
            s.ExpectError("FM001", EnArticle, line: 2);
        }
    }

    [Fact]
    public void A_tab_inside_a_quoted_value_is_reported_on_its_line_or_accepted()
    {
        using var s = Scenario.Run(site => ReplaceField(site, "summary", "summary: \"Two\tcolumns.\""));

        if (!s.Result.Succeeded)
        {
            s.ExpectError("FM001", EnArticle, line: 6);
        }
    }

    [Fact]
    public void A_duplicate_field_is_reported_on_the_line_of_the_second_one()
    {
        // The second 'title' is on line 3; the message should say each field may appear once.
        using var s = Scenario.Run(site => ReplaceField(site, "title", "title: Late shipment rate\ntitle: Another title"));

        Assert.False(s.Result.Succeeded);
        var error = s.Result.Diagnostics.FirstOrDefault(d => d.Path == EnArticle && d.Code is "FM001" or "FM003");
        Assert.True(error is not null, "expected FM001 or FM003 for the duplicate field:\n" + Describe(s.Result));
        AssertClear(error, EnArticle, line: 3);
        Assert.Contains("title", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Contains("once", StringComparison.OrdinalIgnoreCase) || error.Message.Contains("duplicate", StringComparison.OrdinalIgnoreCase), error.ToString());
    }

    [Fact]
    public void A_duplicate_nested_key_in_sources_is_reported_on_its_line()
    {
        using var s = Scenario.Run(site => ReplaceField(site, "aliases",
            "aliases: [ODR]\nsources:\n  - title: Help\n    url: https://example.org/a\n    url: https://example.org/b"));

        Assert.False(s.Result.Succeeded);
        var error = s.Result.Diagnostics.FirstOrDefault(d => d.Path == EnArticle && d.Code is "FM001" or "FM003");
        Assert.True(error is not null, Describe(s.Result));
        AssertClear(error, EnArticle, line: 14);
    }

    public static TheoryData<string, string, string, string, int> WrongTypes => new()
    {
        // name, field, replacement line, code, line
        { "title is a list", "title", "title: [Late, shipment]", "FM003", 2 },
        { "title is a mapping", "title", "title: {en: Late}", "FM003", 2 },
        { "summary is a list", "summary", "summary:\n  - one\n  - two", "FM003", 6 },
        { "key is a list", "key", "key: [late-shipment-rate]", "FM003", 3 },
        { "type is a mapping", "type", "type: {id: metrics}", "FM003", 5 },
        { "tags is a mapping", "tags", "tags: {a: b}", "FM003", 9 },
        { "aliases holds a list", "aliases", "aliases: [[ODR], x]", "FM003", 10 },
        { "related is a mapping", "related", "related: {key: order-defect-rate}", "FM003", 8 },
        { "a tag is empty", "tags", "tags: [metrics, '']", "FM003", 9 },
        { "sources is text", "aliases", "aliases: [ODR]\nsources: https://example.org", "FM003", 11 },
        { "a source is text", "aliases", "aliases: [ODR]\nsources: [https://example.org]", "FM003", 11 },
        { "a source has no url", "aliases", "aliases: [ODR]\nsources: [{title: Help}]", "FM002", 11 },
        { "a source url is ftp", "aliases", "aliases: [ODR]\nsources: [{title: Help, url: 'ftp://example.org/x'}]", "FM003", 11 },
        { "a source url is relative", "aliases", "aliases: [ODR]\nsources: [{title: Help, url: /help}]", "FM003", 11 },
        { "updated is not a date", "updated", "updated: yesterday", "FM003", 7 },
        { "updated is an impossible date", "updated", "updated: 2026-02-30", "FM003", 7 },
        { "updated has a time", "updated", "updated: 2026-01-31T10:00:00Z", "FM003", 7 },
        { "updated is a list", "updated", "updated: [2026-01-31]", "FM003", 7 },
        { "updated is a number", "updated", "updated: 20260131", "FM003", 7 },
        { "lang is a number", "lang", "lang: 1", "FM004", 4 },
        { "key is a number", "key", "key: 123", "FM005", 3 },
        { "title is empty", "title", "title:", "FM002", 2 },
        { "title is blank quotes", "title", "title: '   '", "FM002", 2 },
        { "title is YAML null (~)", "title", "title: ~", "FM002", 2 },
        { "summary is YAML null", "summary", "summary: null", "FM002", 6 },
    };

    [Theory]
    [MemberData(nameof(WrongTypes))]
    public void A_field_of_the_wrong_type_is_reported_on_its_line(string name, string field, string line, string code, int expectedLine)
    {
        using var s = Scenario.Run(site => ReplaceField(site, field, line));

        Assert.False(s.Result.Succeeded, name + ": the build should fail");
        s.ExpectError(code, EnArticle, expectedLine);
    }

    [Fact]
    public void A_one_megabyte_title_is_FM003_with_a_short_message()
    {
        using var s = Scenario.Run(site => ReplaceField(site, "title", "title: " + new string('x', 1024 * 1024)));

        var error = s.ExpectError("FM003", EnArticle, line: 2);
        Assert.Contains("title", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_summary_in_a_block_scalar_is_FM003()
    {
        var block = string.Concat(Enumerable.Repeat("  A sentence that goes on and on.\n", 20_000));
        using var s = Scenario.Run(site => ReplaceField(site, "summary", "summary: >\n" + block.TrimEnd('\n')));

        s.ExpectError("FM003", EnArticle, line: 6);
    }

    [Fact]
    public void Ten_thousand_tags_are_FM003()
    {
        var tags = string.Join(", ", Enumerable.Range(0, 10_000).Select(i => "t" + i));
        using var s = Scenario.Run(site => ReplaceField(site, "tags", $"tags: [{tags}]"));

        s.ExpectError("FM003", EnArticle, line: 9);
    }

    [Fact]
    public void A_hundred_thousand_character_alias_is_FM003()
    {
        using var s = Scenario.Run(site => ReplaceField(site, "aliases", "aliases: [" + new string('a', 100_000) + "]"));

        s.ExpectError("FM003", EnArticle, line: 10);
    }

    [Fact]
    public void A_huge_key_is_FM005_and_the_message_does_not_echo_it()
    {
        using var s = Scenario.Run(site => ReplaceField(site, "key", "key: " + string.Join('-', Enumerable.Repeat("late", 50_000))));

        s.ExpectError("FM005", EnArticle, line: 3);
    }

    [Fact]
    public void A_huge_lang_and_type_do_not_flood_the_messages()
    {
        using var s = Scenario.Run(site =>
        {
            ReplaceField(site, "lang", "lang: " + new string('q', 200_000));
            ReplaceField(site, "type", "type: " + new string('z', 200_000));
        });

        s.ExpectError("FM004", EnArticle, line: 4);
    }

    [Fact]
    public void Thousands_of_unknown_fields_are_reported_and_the_build_returns()
    {
        var fields = string.Join('\n', Enumerable.Range(0, 5_000).Select(i => $"field{i}: value {i}"));
        using var s = Scenario.Run(site => ReplaceField(site, "aliases", "aliases: [ODR]\n" + fields));

        Assert.All(s.Result.Diagnostics.Where(d => d.Path == EnArticle), d => Assert.Equal("FM003", d.Code));
        Assert.True(s.Result.Diagnostics.Count(d => d.Path == EnArticle) >= 5_000, Describe(s.Result));
    }

    /// <summary>The classic "billion laughs": nine levels of nine aliases, 387 million leaves if expanded.</summary>
    private static string BillionLaughs(int levels = 9)
    {
        var text = new StringBuilder("lol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i <= levels; i++)
        {
            var items = string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9));
            text.Append($"lol{i}: &a{i} [{items}]\n");
        }

        return text.ToString();
    }

    [Fact]
    public void Billion_laughs_in_unknown_fields_is_harmless()
    {
        using var s = Scenario.Run(site => ReplaceField(site, "aliases", "aliases: [ODR]\n" + BillionLaughs().TrimEnd('\n')));

        // Either the aliases are never expanded (unknown fields are only warnings, so the build
        // succeeds), or anchors are refused outright on the line of the first one.
        if (!s.Result.Succeeded)
        {
            s.ExpectError("FM001", EnArticle, line: 11);
        }
    }

    [Theory]
    [InlineData("tags")]
    [InlineData("aliases")]
    [InlineData("related")]
    [InlineData("title")]
    public void Billion_laughs_aliased_into_a_field_is_FM003_on_that_fields_line(string field)
    {
        using var s = Scenario.Run(site =>
        {
            var text = ReadText(site, EnArticle);
            var lines = text.Split('\n').ToList();
            lines.RemoveAll(l => l.StartsWith(field + ":", StringComparison.Ordinal));
            // The bomb goes right after the opening '---' (lines 2–11), the aliased field after it.
            lines.InsertRange(1, BillionLaughs().TrimEnd('\n').Split('\n'));
            var closing = lines.IndexOf("---", 1);
            lines.Insert(closing, $"{field}: *a9");
            WriteText(site, EnArticle, string.Join('\n', lines));
        });

        // The bomb fills lines 2–11, the eight other fields 12–19, and '{field}: *a9' is line 20.
        // Either anchors are refused where the first one is (line 2), or the aliased value is
        // rejected on the field's own line 20 (the line to fix, not where the anchor was defined).
        if (s.Result.Diagnostics.Any(d => d.Code == "FM001"))
        {
            s.ExpectError("FM001", EnArticle, line: 2);
        }
        else
        {
            s.ExpectError("FM003", EnArticle, line: 20);
        }
    }

    [Fact]
    public void An_alias_used_as_a_mapping_key_is_reported_or_harmless_and_returns_in_time()
    {
        // A complex key made of a small bomb (9^5 leaves): the full one runs in its own process below.
        using var s = Scenario.Run(site => ReplaceField(site, "aliases", "aliases: [ODR]\n" + BillionLaughs(5).TrimEnd('\n') + "\n? *a5\n: boom"));

        if (!s.Result.Succeeded)
        {
            s.ExpectError("FM001", EnArticle);
        }
    }

    [Fact]
    public void An_anchor_on_a_required_field_builds_or_is_refused_on_its_line()
    {
        using var s = Scenario.Run(site => ReplaceField(site, "title", "title: &t Late shipment rate\nlabel: *t"));

        // 'label' is an unknown field (a warning); the title anchor itself is legal YAML. Refusing
        // anchors altogether is also fine, as a clear error on the anchor's line.
        if (s.Result.Succeeded)
        {
            Assert.Equal("Late shipment rate", s.Html("en/late-shipment-rate/index.html").QuerySelector("h1")!.TextContent);
        }
        else
        {
            s.ExpectError("FM001", EnArticle, line: 2);
        }
    }

    [Fact]
    public void A_second_yaml_document_inside_the_block_is_reported()
    {
        // "--- !tag" is not a closing fence, so YAML sees a second document holding the remaining fields.
        using var s = Scenario.Run(site => ReplaceField(site, "summary", "summary: x\n--- !tag"));

        Assert.False(s.Result.Succeeded);
        var error = s.Result.Diagnostics.First(d => d.Path == EnArticle);
        Assert.StartsWith("FM", error.Code, StringComparison.Ordinal);
        AssertClear(error, EnArticle);
        Assert.InRange(error.Line, 2, 12);
    }

    [Fact]
    public void A_front_matter_that_is_never_closed_is_FM001_with_the_fix()
    {
        using var s = Scenario.Run(site =>
        {
            var text = ReadText(site, EnArticle);
            var lines = text.Split('\n').ToList();
            lines.RemoveAt(lines.IndexOf("---", 1));
            WriteText(site, EnArticle, string.Join('\n', lines));
        });

        var error = s.ExpectError("FM001", EnArticle);
        Assert.True(error.Line >= 1, error.ToString());
        Assert.Contains("---", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("only the opening fence", "---")]
    [InlineData("only the opening fence and a newline", "---\n")]
    [InlineData("fields but no closing fence", "---\ntitle: x\nkey: late-shipment-rate\n")]
    [InlineData("a closing fence with text after it", "---\ntitle: x\n--- trailing\nbody\n")]
    [InlineData("four dashes", "----\ntitle: x\n----\n")]
    [InlineData("fence after a blank line", "\n---\ntitle: x\n---\n")]
    [InlineData("fence after a space", " ---\ntitle: x\n---\n")]
    [InlineData("a Markdown rule instead of front matter", "***\ntitle: x\n***\n")]
    public void A_missing_or_misplaced_fence_is_FM001_on_line_one(string name, string text)
    {
        using var s = Scenario.Run(site => WriteText(site, EnArticle, text));

        var error = s.ExpectError("FM001", EnArticle);
        Assert.True(error.Line is 1 or 2 or 3, $"{name}: {error}");
    }

    [Theory]
    [InlineData("closed with ...", "...")]
    [InlineData("closed with trailing spaces", "---   ")]
    [InlineData("closed with a trailing tab", "---\t")]
    public void An_unusual_but_valid_closing_fence_keeps_the_front_matter_out_of_the_page(string name, string fence)
    {
        using var s = Scenario.Run(site =>
        {
            var lines = ReadText(site, EnArticle).Split('\n');
            lines[Array.IndexOf(lines, "---", 1)] = fence;
            WriteText(site, EnArticle, string.Join('\n', lines));
        });

        if (s.Result.Succeeded)
        {
            var prose = s.Html("en/late-shipment-rate/index.html").QuerySelector(".prose")!;
            Assert.False(prose.TextContent.Contains("key: late-shipment-rate", StringComparison.Ordinal) || prose.TextContent.Contains("late-shipment-rate\nlang", StringComparison.Ordinal),
                $"{name}: the front matter was rendered as text: {Shorten(prose.TextContent)}");
            Assert.Equal(["overview", "causes"], prose.QuerySelectorAll("h2").Select(h => h.Id!).ToList());
        }
        else
        {
            s.ExpectError("FM001", EnArticle);
        }
    }

    [Fact]
    public void An_opening_fence_with_trailing_spaces_builds_or_is_FM001_on_line_one()
    {
        using var s = Scenario.Run(site => WriteText(site, EnArticle, "--- " + ReadText(site, EnArticle)[3..]));

        if (s.Result.Succeeded)
        {
            Assert.Equal("Late shipment rate", s.Html("en/late-shipment-rate/index.html").QuerySelector("h1")!.TextContent);
        }
        else
        {
            s.ExpectError("FM001", EnArticle, line: 1);
        }
    }

    [Theory]
    [InlineData("zero bytes", "")]
    [InlineData("only newlines", "\n\n\n")]
    [InlineData("only spaces", "     ")]
    [InlineData("only a byte-order mark", "\uFEFF")]
    public void An_empty_article_is_FM001_on_line_one_with_the_fix(string name, string text)
    {
        using var s = Scenario.Run(site => WriteText(site, EnArticle, text));

        var error = s.ExpectError("FM001", EnArticle, line: 1);
        Assert.True(error.Message.Contains("empty", StringComparison.OrdinalIgnoreCase) || error.Message.Contains("---", StringComparison.Ordinal), $"{name}: {error}");
    }

    [Fact]
    public void An_empty_front_matter_reports_each_missing_field()
    {
        using var s = Scenario.Run(site => WriteText(site, EnArticle, "---\n---\n\nBody.\n"));

        var missing = s.Result.Diagnostics.Where(d => d.Path == EnArticle && d.Code == "FM002").ToList();
        Assert.True(missing.Count >= 6, "every required field should be named:\n" + Describe(s.Result));
        foreach (var field in new[] { "title", "key", "lang", "type", "summary", "updated" })
        {
            Assert.Contains(missing, d => d.Message.Contains($"'{field}'", StringComparison.Ordinal));
        }

        Assert.All(missing, d => AssertClear(d, EnArticle));
    }

    [Theory]
    [InlineData("a plain scalar", "---\njust some text\n---\n")]
    [InlineData("a list", "---\n- title\n- key\n---\n")]
    [InlineData("a number", "---\n42\n---\n")]
    public void A_front_matter_that_is_not_fields_is_FM001(string name, string text)
    {
        using var s = Scenario.Run(site => WriteText(site, EnArticle, text));

        var error = s.ExpectError("FM001", EnArticle);
        Assert.True(error.Line is >= 1 and <= 3, $"{name}: {error}");
    }

    [Theory]
    [InlineData("C0 control via \\x01", "title: \"Late\\x01shipment\"")]
    [InlineData("vertical tab via \\v", "title: \"Late\\vshipment\"")]
    [InlineData("escape \\e", "title: \"Late\\eshipment\"")]
    [InlineData("a lone surrogate escape", "title: \"Late\\uD800shipment\"")]
    [InlineData("U+FFFE", "title: \"Late\\uFFFEshipment\"")]
    [InlineData("NEL and line separators", "title: \"Late\\N\\L\\Pshipment\"")]
    public void Control_characters_in_a_title_are_reported_or_made_harmless(string name, string line)
    {
        // A title reaches HTML, JSON and the Atom feed; characters XML forbids must not crash the feed writer.
        using var s = Scenario.Run(site => ReplaceField(site, "title", line));

        if (!s.Result.Succeeded)
        {
            var error = s.ExpectError(s.Result.Diagnostics.First(d => d.Path == EnArticle).Code, EnArticle, line: 2);
            Assert.StartsWith("FM", error.Code, StringComparison.Ordinal);
        }
        else
        {
            Assert.True(File.Exists(Path.Combine(s.Site.Output, "en", "feed.xml")), name);
        }
    }

    [Theory]
    [InlineData("summary", "summary: \"Bad\\x0Bsummary\"")]
    [InlineData("tags", "tags: [\"x\\x02y\"]")]
    [InlineData("aliases", "aliases: [\"\\x1F\"]")]
    public void Control_characters_in_other_fields_are_reported_or_made_harmless(string field, string line)
    {
        using var s = Scenario.Run(site => ReplaceField(site, field, line));

        if (!s.Result.Succeeded)
        {
            Assert.Contains(s.Result.Diagnostics, d => d.Path == EnArticle && d.Code.StartsWith("FM", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Very_deeply_nested_yaml_does_not_crash_the_process()
    {
        // Run in its own process: a stack overflow cannot be caught and would end the test run.
        using var site = TestSite.Create(SiteFixtures.Valid);
        ReplaceField(site, "aliases", "aliases: [ODR]\ndeep: " + new string('[', 50_000) + new string(']', 50_000));

        var run = CliRunner.Execute(TimeSpan.FromSeconds(60), "check", "--input", site.Input, "--output", site.Output);

        HostileKit.AssertReturned(run);
        Assert.True(run.ExitCode == 0 || run.Output.Contains("FM001", StringComparison.Ordinal), run.All);
    }

    [Fact]
    public void Deeply_nested_yaml_mappings_do_not_crash_the_process()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);
        ReplaceField(site, "aliases", "aliases: [ODR]\ndeep: " + string.Concat(Enumerable.Repeat("{a: ", 20_000)) + "x" + new string('}', 20_000));

        var run = CliRunner.Execute(TimeSpan.FromSeconds(60), "check", "--input", site.Input, "--output", site.Output);

        HostileKit.AssertReturned(run);
    }

    [Fact]
    public void A_recursive_alias_does_not_hang_or_crash()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);
        ReplaceField(site, "aliases", "aliases: &loop [ODR, *loop]");

        var run = CliRunner.Execute(TimeSpan.FromSeconds(60), "check", "--input", site.Input, "--output", site.Output);

        HostileKit.AssertReturned(run);
    }

    [Fact]
    public void A_billion_laughs_key_does_not_hang_or_crash_the_process()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);
        ReplaceField(site, "aliases", "aliases: [ODR]\n" + BillionLaughs().TrimEnd('\n') + "\n? *a9\n: boom\n? *a9\n: again");

        // The fixture builds in about a second; 30 s is a hang. (In its own process, so a hang can be killed.)
        var run = CliRunner.Execute(TimeSpan.FromSeconds(30), "check", "--input", site.Input, "--output", site.Output);

        HostileKit.AssertReturned(run);
    }

    [Fact]
    public void Very_deeply_nested_yaml_in_a_data_file_does_not_crash_the_process()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);
        WriteText(site, "input/_data/glossary.yml", ReadText(site, "input/_data/glossary.yml") + "- id: deep\n  zh: " + new string('[', 50_000) + new string(']', 50_000) + "\n");

        var run = CliRunner.Execute(TimeSpan.FromSeconds(60), "check", "--input", site.Input, "--output", site.Output);

        HostileKit.AssertReturned(run);
        Assert.Contains("AH002", run.Output, StringComparison.Ordinal);
    }
}
