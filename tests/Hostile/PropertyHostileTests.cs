using System.Text;
using AppealHandbook.Core;
using AppealHandbook.Pipeline;
using AppealHandbook.Tests.TestKit;
using CsCheck;
using static AppealHandbook.Tests.Hostile.HostileKit;

namespace AppealHandbook.Tests.Hostile;

/// <summary>
/// Property-based tests (CsCheck): random front matter, random field values, random Markdown and
/// random script-like URLs thrown at the whole pipeline. Whatever the input, SiteBuilder.Build
/// returns, every failure is a diagnostic naming a file (never AH999), an article's front-matter
/// errors carry a line, and a successful build is a safe site. A failure prints CsCheck's seed.
/// </summary>
/// <remarks>One site per property, rewritten each iteration, on one thread: iteration counts are modest.</remarks>
[Trait(Category.Name, Category.Hostile)]
public class PropertyHostileTests
{
    /// <summary>Iterations per property: modest by default; set HOSTILE_ITERATIONS for a deeper run.</summary>
    private static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("HOSTILE_ITERATIONS"), out var n) && n > 0 ? n : 40;

    private static readonly string[] YamlKeys =
        ["title", "key", "lang", "type", "summary", "updated", "related", "tags", "aliases", "sources", "  title", "- title", "? title", "<<", "&a title", "*a", "", "x"];

    private static readonly string[] YamlSeparators = [": ", ":", " : ", ":\t", "", ": |\n  ", ": >\n  ", ":\n  - "];

    private static readonly string[] YamlValues =
    [
        "", "~", "null", "true", "0x1F", "1e999", "[", "]", "{", "}", "[a, b]", "{a: b}", "[[[]]]", "&a x", "*a", "*b", "&a [*a]",
        "!!binary aGk=", "!!python/object:os.system ls", "!custom x", "|", ">", "'", "\"", "\"\\x01\"", "\"\\uD800\"", "\"\\e\\v\"",
        "---", "...", "%YAML 1.2", "2026-01-31", "2026-13-45", "late-shipment-rate", "order-defect-rate", "en", "zh", "metrics", "guides",
        "<script>alert(1)</script>", "javascript:alert(1)", "😀", "𠮷野家", "\t", "#", "@", "`", "? x", "- x", "a: b: c", "\"quoted\"",
        "'single'", "[x](javascript:alert(1))", "{title: Help, url: https://example.org}", "[{title: T, url: 'javascript:alert(1)'}]",
        "中文标题", "申诉：行动计划", "\u200B", "\uFEFF", "\\", "../../etc", "con", "search",
    ];

    private static readonly Gen<string> RandomText =
        Gen.Char["ab:-[]{}&*!|>'\"#%@`,? \\/<=()中文。申诉\u200B"].Array[0, 24].Select(chars => new string(chars));

    private static readonly Gen<string> YamlLine =
        Gen.Select(Gen.OneOf(YamlKeys), Gen.OneOf(YamlSeparators), Gen.Frequency((3, Gen.OneOf(YamlValues)), (1, RandomText)), (k, s, v) => k + s + v);

    private static readonly string[] ValidFields =
        ["title: Late shipment rate", "key: late-shipment-rate", "lang: en", "type: metrics", "summary: A summary.", "updated: 2026-01-31"];

    /// <summary>A front matter: sometimes the valid fields with random lines mixed in, sometimes only random lines.</summary>
    private static readonly Gen<string> RandomFrontMatter =
        Gen.Select(Gen.Bool, YamlLine.Array[0, 10], Gen.Int[0, 6], Gen.OneOf("---\n", "---\n", "---\n", "", "--- \n", "---\r\n"),
            (keepValid, lines, at, closing) =>
            {
                var all = keepValid ? [.. ValidFields] : new List<string>();
                all.InsertRange(Math.Min(at, all.Count), lines);
                return "---\n" + string.Join('\n', all) + "\n" + closing + "\nLead.\n\n## Overview {#overview}\n\nText.\n\n## Common causes {#causes}\n\nText.\n";
            });

    private static readonly string[] MarkdownTokens =
    [
        "#", "## ", "### ", "#### ", "\n", "\n\n", "*", "**", "_", "__", "`", "```\n", "~~~", "[", "]", "(", ")", "![", "](", ">", "> ", "- ", "* ",
        "1. ", "|", "| a | b |\n|---|---|\n", "---\n", "===\n", "{#id}", "{#causes}", "{.note}", "{", "}", "<", "&", "&#1;", "&amp;", "&colon;",
        "\\", "中文", "申诉", "行动计划", "。", "，", "😀", "𠮷", "[x](xref:order-defect-rate)", "[y](xref:late-shipment-rate#causes)",
        "[z](https://example.org)", "[j](javascript:alert(1))", "<script>", "<b onclick=x>", "http://a.b", "www.example.org", "[^1]", "[^1]: note\n",
        "> [!NOTE]\n", "> [!WARNING]\n", "- [ ] ", "- [x] ", "word", " ", "\t", "    ", "{#x onclick=y}", "[link]", "[link]: /en/\n", "<https://a.b>",
        "<javascript:alert(1)>", "![alt](../images/a.png)", "![](x.png)", "[](#)", "[top](#overview)", "[bad](#nowhere)", "[up](../../../etc)",
        "***", "___", "  \n", "\\\n", "$$", "<!-- -->", "&lt;", "'", "\"",
    ];

    private static readonly Gen<string> RandomMarkdown =
        Gen.Frequency((4, Gen.OneOf(MarkdownTokens)), (1, RandomText)).Array[0, 60].Select(tokens => string.Concat(tokens));

    private static readonly char[] HostileAlphabet = "<>\"'&/\\:;=(){}[]`#%!?*|~^@$ abcSCRIPTscriptonerrorjavascript中文申诉。\u2028\u00A0\u200B".ToCharArray();

    private static readonly Gen<string> HostileValue =
        Gen.Frequency(
            (3, Gen.Char[new string(HostileAlphabet)].Array[1, 40].Select(c => new string(c))),
            (1, Gen.OneOf("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "{{ 7 | times: 7 }}", "]]><x>", "</title><script>", "'-alert(1)-'", "😀𠮷")))
        .Where(v => v.Trim().Length > 0);

    private static readonly Gen<string> ScriptUrl =
        Gen.Select(
            Gen.OneOf("javascript", "javascript", "vbscript", "data", "file"),
            Gen.Bool.Array[20],
            Gen.OneOf("", "\t", "&#9;", "&#10;", "&Tab;", "&NewLine;", "&#x09;", " ", "&#1;", "&#0;", "%09", "\u00AD", "\u200B", "&#13;", "&nbsp;").Array[0, 3],
            Gen.Int[0, 10],
            Gen.OneOf(":", "&colon;", "&#58;", "&#x3a;", "%3A", "&#0058;"),
            Gen.OneOf("alert(1)", "text/html,<script>alert(1)</script>", "//%0Aalert(1)", "msgbox(1)"),
            Gen.Int[0, 4],
            (scheme, upper, noise, at, colon, payload, wrap) =>
            {
                var letters = new StringBuilder();
                for (var i = 0; i < scheme.Length; i++)
                {
                    letters.Append(upper[i % upper.Length] ? char.ToUpperInvariant(scheme[i]) : scheme[i]);
                }

                var cut = Math.Min(at, letters.Length);
                var url = letters.ToString()[..cut] + string.Concat(noise) + letters.ToString()[cut..] + colon + payload;
                return wrap switch
                {
                    0 => $"[x](<{url}>)",
                    1 => $"![x](<{url}>)",
                    2 => $"<{url}>",
                    3 => $"[x][r]\n\n[r]: <{url}>",
                    _ => $"[x]({url.Replace(" ", "", StringComparison.Ordinal)})",
                };
            });

    /// <summary>Builds with the invariants every input must keep; returns the result.</summary>
    private static BuildResult BuildAndCheck(TestSite site, string what)
    {
        var result = Within(() => SiteBuilder.Build(site.Options()), TimeSpan.FromSeconds(60));
        var internalError = result.Diagnostics.FirstOrDefault(d => d.Code == DiagnosticCodes.InternalError);
        if (internalError is not null)
        {
            throw new Xunit.Sdk.XunitException($"AH999 for {what}: {internalError.Message}");
        }

        foreach (var error in result.Diagnostics.Where(d => d.Severity == Severity.Error))
        {
            if (string.IsNullOrWhiteSpace(error.Path) || string.IsNullOrWhiteSpace(error.Message))
            {
                throw new Xunit.Sdk.XunitException($"an error without a file or a message for {what}: {error}");
            }

            if (error.Path == EnArticle && error.Code.StartsWith("FM", StringComparison.Ordinal) && error.Line < 1)
            {
                throw new Xunit.Sdk.XunitException($"a front matter error without a line for {what}: {error}");
            }
        }

        if (result.Succeeded)
        {
            AssertSafeSite(site.Output);
        }

        return result;
    }

    [Fact]
    public void Random_front_matter_never_crashes_the_build()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);

        RandomFrontMatter.Sample(text =>
        {
            WriteText(site, EnArticle, text);
            BuildAndCheck(site, "front matter:\n" + text);
        }, iter: Iterations, threads: 1);
    }

    [Fact]
    public void Random_field_values_never_crash_the_build_or_reach_the_page_as_markup()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);
        var original = ReadText(site, EnArticle);

        Gen.Select(HostileValue, HostileValue, HostileValue, HostileValue, HostileValue).Sample((title, summary, tag, alias, source) =>
        {
            var text = original
                .Replace("title: Late shipment rate", "title: " + KeyAndPathHostileTests.YamlQuote(title), StringComparison.Ordinal)
                .Replace("summary: Summary of Late shipment rate.", "summary: " + KeyAndPathHostileTests.YamlQuote(summary), StringComparison.Ordinal)
                .Replace("tags: [metrics]", "tags: [" + KeyAndPathHostileTests.YamlQuote(tag) + "]", StringComparison.Ordinal)
                .Replace("aliases: [ODR]", "aliases: [" + KeyAndPathHostileTests.YamlQuote(alias) + "]\nsources:\n  - title: " + KeyAndPathHostileTests.YamlQuote(source) + "\n    url: https://example.org/help", StringComparison.Ordinal);
            WriteText(site, EnArticle, text);
            var result = BuildAndCheck(site, $"title={title} summary={summary} tag={tag} alias={alias} source={source}");
            if (result.Succeeded)
            {
                var h1 = site.Html("en/late-shipment-rate/index.html").QuerySelector("h1")!.TextContent;
                // Invisible format characters are removed from titles (with a warning), see InvisibleCharacterHostileTests.
                Assert.Equal(AppealHandbook.Core.InvisibleCharacters.Remove(title).Trim(), h1.Trim());
            }
        }, iter: Iterations, threads: 1);
    }

    [Fact]
    public void Random_markdown_never_crashes_the_build()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);
        var original = ReadText(site, EnArticle);

        RandomMarkdown.Sample(markdown =>
        {
            WriteText(site, EnArticle, original.TrimEnd('\n') + "\n\n" + markdown + "\n");
            BuildAndCheck(site, "Markdown:\n" + markdown);
        }, iter: Iterations, threads: 1);
    }

    [Fact]
    public void Random_markdown_in_chinese_articles_never_crashes_the_build()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);
        var original = ReadText(site, ZhArticle);

        Gen.Select(RandomMarkdown, RandomMarkdown).Sample((lead, tail) =>
        {
            WriteText(site, ZhArticle, original.Replace("Lead.", lead, StringComparison.Ordinal).TrimEnd('\n') + "\n\n" + tail + "\n");
            BuildAndCheck(site, "Markdown:\n" + lead + "\n---\n" + tail);
        }, iter: Iterations / 2, threads: 1);
    }

    [Fact]
    public void Random_script_urls_are_rejected_or_never_reach_an_href()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);
        var original = ReadText(site, EnArticle);

        ScriptUrl.Sample(link =>
        {
            WriteText(site, EnArticle, original.Replace("See [the other](xref:order-defect-rate#causes).", link, StringComparison.Ordinal));
            BuildAndCheck(site, "link: " + link);
        }, iter: Iterations * 2, threads: 1);
    }
}
