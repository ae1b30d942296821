using System.Text.Json;
using AppealHandbook.Tests.TestKit;
using static AppealHandbook.Tests.Hostile.HostileKit;
using static AppealHandbook.Tests.Hostile.KeyAndPathHostileTests;

namespace AppealHandbook.Tests.Hostile;

/// <summary>
/// Well-known XSS vectors in Markdown, link URLs, image attributes and every front-matter field
/// that reaches a page or the search index. Each has one listed outcome: it fails with the SEC
/// (or FM) code on its line, or it builds a site in which AngleSharp finds no script from the input: no
/// <c>&lt;script&gt;</c> but the theme's two, no <c>on*</c> attribute, no <c>javascript:</c> URL;
/// and the search index stays valid JSON.
/// </summary>
[Trait(Category.Name, Category.Hostile)]
public class ScriptInjectionTests
{
    private const string BodyLine = "See [the other](xref:order-defect-rate#causes).";

    public static TheoryData<string, string, string?, int> MarkdownVectors => new()
    {
        // name, Markdown from line 19 on, expected code (null: must build safely), line of the vector
        { "script element", "<script>alert(1)</script>", "SEC001", 19 },
        { "img onerror", "<img src=x onerror=alert(1)>", "SEC001", 19 },
        { "inline b onmouseover", "Hover <b onmouseover=alert(1)>here</b>.", "SEC001", 19 },
        { "svg onload", "<svg onload=alert(1)>", "SEC001", 19 },
        { "iframe javascript", "<iframe src=\"javascript:alert(1)\"></iframe>", "SEC001", 19 },
        { "anchor javascript", "<a href=\"javascript:alert(1)\">x</a>", "SEC001", 19 },
        { "details ontoggle", "<details open ontoggle=alert(1)>", "SEC001", 19 },
        { "style expression", "<div style=\"background:url(javascript:alert(1))\">x</div>", "SEC001", 19 },
        { "math xlink", "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>", "SEC001", 19 },
        { "uppercase SCRIPT", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>", "SEC001", 19 },
        { "script split by a null entity", "<scr&#0;ipt>alert(1)</script>", "SEC001", 19 }, // the closing </script> is raw HTML
        { "meta refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">", "SEC001", 19 },
        { "html in a link text", "[<img src=x onerror=alert(1)>](https://example.org)", "SEC001", 19 },
        { "html in a table cell", "| a |\n|---|\n| <img src=x onerror=alert(1)> |", "SEC001", 21 },
        { "html in a callout", "> [!NOTE]\n> <script>alert(1)</script>", "SEC001", 20 },
        { "html in a footnote", "Claim.[^x]\n\n[^x]: <script>alert(1)</script>", "SEC001", 21 },
        { "javascript link", "[x](javascript:alert(1))", "SEC002", 19 },
        { "mixed-case scheme", "[x](JaVaScRiPt:alert(1))", "SEC002", 19 },
        { "tab inside the scheme", "[x](<java\tscript:alert(1)>)", "SEC002", 19 },
        { "entity tab inside the scheme", "[x](java&#9;script:alert(1))", "SEC002", 19 },
        { "entity newline inside the scheme", "[x](java&#x0A;script:alert(1))", "SEC002", 19 },
        { "named-entity tab", "[x](java&Tab;script:alert(1))", "SEC002", 19 },
        { "entity-encoded letters", "[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))", "SEC002", 19 },
        { "named-entity colon", "[x](javascript&colon;alert(1))", "SEC002", 19 },
        { "leading spaces", "[x](<  javascript:alert(1)>)", "SEC002", 19 },
        { "leading control character entity", "[x](&#1;javascript:alert(1))", "SEC002", 19 },
        { "javascript with a comment", "[x](javascript://%0Aalert(1))", "SEC002", 19 },
        { "data text/html", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "SEC002", 19 },
        { "uppercase DATA", "[x](DATA:text/html,<script>alert(1)</script>)", "SEC002", 19 },
        { "data svg image", "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)", "SEC002", 19 },
        { "vbscript", "[x](vbscript:msgbox(1))", "SEC002", 19 },
        { "autolink javascript", "<javascript:alert(1)>", "SEC002", 19 },
        { "autolink mixed case", "<JAVASCRIPT:alert(1)>", "SEC002", 19 },
        { "image javascript", "![x](javascript:alert(1))", "SEC002", 19 },
        { "reference link javascript", "[x][evil]\n\n[evil]: javascript:alert(1)", "SEC002", 19 },
        { "reference image javascript", "![x][evil]\n\n[evil]: javascript:alert(1)", "SEC002", 19 },
        { "image onerror attribute", "![x](https://example.org/a.png){onerror=alert(1)}", "SEC003", 19 },
        { "link onmouseover attribute", "[x](https://example.org){onmouseover=alert(1)}", "SEC003", 19 },
        { "paragraph onclick attribute", "Click.{onclick=alert(1)}", "SEC003", 19 },
        { "class with a handler", "Text {.note onclick=alert(1)}", "SEC003", 19 },
        { "style attribute", "[x](https://example.org){style=\"background:url(javascript:alert(1))\"}", "SEC003", 19 },
        { "href attribute override", "[x](https://example.org){href=javascript:alert(1)}", "SEC003", 19 },
        { "quote breaking out of an id", "### Heading {#a\"onclick=\"alert(1)}", null, 19 },
        { "quote breaking out of the title", "[x](https://example.org \"t\\\" onmouseover=\\\"alert(1)\")", null, 19 },
        { "quote breaking out of alt", "![x\" onerror=\"alert(1)](https://example.org/a.png)", null, 19 },
        { "quote breaking out of a url", "[x](https://example.org/\"onmouseover=\"alert(1))", null, 19 },
        { "angle brackets in a url", "[x](<https://example.org/\"><script>alert(1)</script>>)", "SEC001", 19 },
        { "xref with a quote", "[x](xref:order-defect-rate\"onmouseover=\"alert(1))", "LK003", 19 },
        { "xref to a javascript key", "[x](xref:javascript:alert(1))", "LK003", 19 },
        { "code span", "`<script>alert(1)</script>`", null, 19 },
        { "fenced code", "```html\n<script>alert(1)</script>\n```", null, 19 },
        { "escaped html", "&lt;script&gt;alert(1)&lt;/script&gt;", null, 19 },
        { "backslash-escaped html", "\\<script>alert(1)\\</script>", null, 19 },
        { "protocol-relative link", "[x](//evil.example/)", null, 19 },
        { "non-breaking space before the scheme", "[x](<\u00A0javascript:alert(1)>)", null, 19 },
    };

    [Theory]
    [MemberData(nameof(MarkdownVectors))]
    public void A_markdown_xss_vector_has_its_listed_outcome(string name, string markdown, string? code, int line)
    {
        using var s = Scenario.Run(site => site.Edit(EnArticle, BodyLine, markdown));

        if (code is not null)
        {
            Assert.False(s.Result.Succeeded, $"{name}: expected {code}");
            s.ExpectError(code, EnArticle, line);
        }
        else
        {
            // Listed as harmless: it builds, and Scenario has checked the site for script.
            Assert.True(s.Result.Succeeded, $"{name}: expected a safe build, got:\n{Describe(s.Result)}");
        }
    }

    public static TheoryData<string> Payloads => new()
    {
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "' onmouseover='alert(1)' x='",
        "</title><script>alert(1)</script>",
        "{{ 7 | times: 7 }}{% raw %}",
        "]]></summary><script>alert(1)</script><summary><![CDATA[",
        "\u2028\u2029<svg/onload=alert(1)>",
    };

    private static void AssertPayloadIsText(Scenario s, string payload, Func<AngleSharp.Html.Dom.IHtmlDocument, string?> read, string where)
    {
        var html = s.Html("en/late-shipment-rate/index.html");
        var text = read(html);
        Assert.True(text is not null && text.Contains(payload.Trim(), StringComparison.Ordinal),
            $"{where} should show the payload as text, got: {Shorten(text ?? "(nothing)")}");
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void A_script_in_the_title_is_text(string payload)
    {
        using var s = Scenario.Run(site => ReplaceField(site, "title", "title: " + YamlQuote(payload)));

        s.ExpectSuccess();
        AssertPayloadIsText(s, payload, h => h.QuerySelector("h1")?.TextContent, "the h1");
        AssertPayloadIsText(s, payload, h => h.Title, "the <title>");
        AssertPayloadIsText(s, payload, h => h.QuerySelector("meta[property='og:title']")?.GetAttribute("content"), "og:title");
        AssertSearchDocumentHolds(s, "t", payload);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void A_script_in_the_summary_is_text(string payload)
    {
        using var s = Scenario.Run(site => ReplaceField(site, "summary", "summary: " + YamlQuote(payload)));

        s.ExpectSuccess();
        AssertPayloadIsText(s, payload, h => h.QuerySelector("meta[name=description]")?.GetAttribute("content"), "the meta description");
        AssertPayloadIsText(s, payload, h => h.QuerySelector(".article-header .lead")?.TextContent, "the lead");
        AssertSearchDocumentHolds(s, "s", payload);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void A_script_in_a_tag_is_text(string payload)
    {
        using var s = Scenario.Run(site => ReplaceField(site, "tags", "tags: [" + YamlQuote(payload) + "]"));

        s.ExpectSuccess();
        AssertPayloadIsText(s, payload, h => string.Join(" ", h.QuerySelectorAll(".article-header a.tag").Select(a => a.TextContent)), "the tag link");
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void A_script_in_an_alias_stays_out_of_the_pages(string payload)
    {
        using var s = Scenario.Run(site => ReplaceField(site, "aliases", "aliases: [" + YamlQuote(payload) + "]"));

        s.ExpectSuccess();
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void A_script_in_a_source_title_builds_a_safe_site(string payload)
    {
        using var s = Scenario.Run(site => ReplaceField(site, "aliases", "aliases: [ODR]\nsources:\n  - title: " + YamlQuote(payload) + "\n    url: https://example.org/help"));

        s.ExpectSuccess();
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("//evil.example/")]
    public void A_source_url_that_is_not_https_is_FM003_on_its_line(string url)
    {
        using var s = Scenario.Run(site => ReplaceField(site, "aliases", "aliases: [ODR]\nsources:\n  - title: Help\n    url: " + YamlQuote(url)));

        var error = s.ExpectError("FM003", EnArticle, line: 13);
        Assert.Contains("must be an absolute http(s) address", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.org/\" onmouseover=\"alert(1)")]
    [InlineData("https://example.org/<script>alert(1)</script>")]
    public void An_https_source_url_with_markup_builds_and_never_reaches_a_page(string url)
    {
        // The theme does not show front matter sources today, so the URL appears on no page.
        using var s = Scenario.Run(site => ReplaceField(site, "aliases", "aliases: [ODR]\nsources:\n  - title: Help\n    url: " + YamlQuote(url)));

        s.ExpectSuccess();
        foreach (var page in Directory.EnumerateFiles(s.Site.Output, "*.html", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("alert(1)", File.ReadAllText(page), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void A_script_in_a_heading_builds_a_safe_page_toc_and_index(string payload)
    {
        var markdownSafe = payload.Replace("<", "\\<", StringComparison.Ordinal).Replace("&", "\\&", StringComparison.Ordinal).Replace("{", "\\{", StringComparison.Ordinal);
        using var s = Scenario.Run(site => AppendToBody(site, "### " + markdownSafe + " {#payload}\n\nText."));

        s.ExpectSuccess();
        var heading = s.Html("en/late-shipment-rate/index.html").GetElementById("payload");
        Assert.NotNull(heading);
        Assert.Equal(payload.Trim(), heading.TextContent.Trim());
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void A_script_in_site_yml_types_and_glossary_builds_a_safe_site(string payload)
    {
        using var s = Scenario.Run(site =>
        {
            site.Edit("input/site.yml", "title: {zh: 测试手册, en: Test Handbook}", "title: {zh: 测试手册, en: " + YamlQuote(payload) + "}");
            site.Edit("input/_data/glossary.yml", "en: The share of orders with a defect.", "en: " + YamlQuote(payload));
            site.Edit("input/_data/violation-types.yml", "description: {zh: 指标。, en: Metrics.}", "description: {zh: 指标。, en: " + YamlQuote(payload) + "}");
            site.Edit("input/_data/violation-types.yml", "name: {zh: 指南, en: Guides}", "name: {zh: 指南, en: " + YamlQuote("Guides " + payload) + "}");
        });

        s.ExpectSuccess();
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void A_script_in_every_interface_string_builds_a_safe_site(string payload)
    {
        // input/i18n/{lang}.yml overrides the theme's interface strings key by key.
        var keys = File.ReadAllLines(Path.Combine(Repository.Theme, "i18n", "en.yml"))
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith(' ') && l.Contains(':', StringComparison.Ordinal))
            .Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)])
            .ToList();
        Assert.NotEmpty(keys);
        using var s = Scenario.Run(site =>
        {
            var yaml = string.Concat(keys.Select(k => k + ": " + YamlQuote(payload + " " + k) + "\n"));
            WriteText(site, "input/i18n/en.yml", yaml);
            WriteText(site, "input/i18n/zh.yml", yaml);
        });

        s.ExpectSuccess();
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void A_script_in_glossary_terms_that_articles_mention_builds_a_safe_site(string payload)
    {
        using var s = Scenario.Run(site =>
        {
            WriteText(site, "input/_data/glossary.yml", ReadText(site, "input/_data/glossary.yml").TrimEnd('\n') + "\n- id: hostile\n  zh: " + YamlQuote("恶意" + payload) +
                "\n  en: " + YamlQuote("Hostile " + payload) + "\n  aliases: {zh: [" + YamlQuote(payload) + "], en: [" + YamlQuote(payload) + ", \"(.*)\", \"[x](javascript:alert(1))\"]}" +
                "\n  definition: {zh: " + YamlQuote(payload) + ", en: " + YamlQuote(payload) + "}\n  article: late-shipment-rate\n");
            site.Edit(EnArticle, "Text.", "Text about Hostile " + payload.Replace("<", "\\<", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal) + " and (.*) here.");
        });

        s.ExpectSuccess();
    }

    [Theory]
    [InlineData("baseUrl", "javascript:alert(1)")]
    [InlineData("editUrl", "javascript:alert(1)//{path}")]
    [InlineData("repository", "JaVaScRiPt:alert(1)")]
    [InlineData("editUrl", "data:text/html,<script>alert(1)</script>")]
    public void A_script_url_in_site_yml_is_AH002_on_its_line(string field, string url)
    {
        using var s = Scenario.Run(site =>
        {
            var lines = ReadText(site, "input/site.yml").Split('\n');
            var index = Array.FindIndex(lines, l => l.StartsWith(field + ":", StringComparison.Ordinal));
            lines[index] = field + ": " + YamlQuote(url);
            WriteText(site, "input/site.yml", string.Join('\n', lines));
        });

        s.ExpectError("AH002", "input/site.yml", line: LineOf(s.Site, "input/site.yml", field + ":"));
    }

    [Fact]
    public void Every_field_at_once_builds_a_safe_site()
    {
        const string payload = "\"'><script>alert(1)</script><img src=x onerror=alert(1)>";
        using var s = Scenario.Run(site =>
        {
            ReplaceField(site, "title", "title: " + YamlQuote("T " + payload));
            ReplaceField(site, "summary", "summary: " + YamlQuote("S " + payload));
            ReplaceField(site, "tags", "tags: [" + YamlQuote(payload) + ", " + YamlQuote("javascript:alert(1)") + "]");
            ReplaceField(site, "aliases", "aliases: [" + YamlQuote(payload) + "]\nsources:\n  - title: " + YamlQuote(payload) + "\n    url: https://example.org/help");
            ReplaceField(site, "title", "title: " + YamlQuote("订单 " + payload), "input/zh/order-defect-rate.md");
        });

        s.ExpectSuccess();
        foreach (var page in new[] { "en/late-shipment-rate/index.html", "en/index.html", "en/types/metrics/index.html", "en/search/index.html", "en/order-defect-rate/index.html", "zh/late-shipment-rate/index.html" })
        {
            Assert.True(File.Exists(Path.Combine(s.Site.Output, page)), page);
        }
    }

    /// <summary>The search document of the en late-shipment-rate article has <paramref name="field"/> equal to the payload (JSON decoded).</summary>
    private static void AssertSearchDocumentHolds(Scenario s, string field, string payload)
    {
        var folder = Path.Combine(s.Site.Output, "search", "en", "d");
        var found = false;
        foreach (var file in Directory.EnumerateFiles(folder, "*.json"))
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(file));
            foreach (var doc in json.RootElement.EnumerateArray())
            {
                if (doc.GetProperty("k").GetString() == "late-shipment-rate")
                {
                    Assert.Equal(payload.Trim(), doc.GetProperty(field).GetString()!.Trim());
                    found = true;
                }
            }
        }

        Assert.True(found, "the article is not in the search index");
    }
}
