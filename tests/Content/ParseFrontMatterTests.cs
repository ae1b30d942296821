using AppealHandbook.Content;
using AppealHandbook.Core;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Content;

[Trait(Category.Name, Category.Unit)]
public class ParseFrontMatterTests
{
    private static (Page? Page, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text, string lang = "en", string key = "a-key")
    {
        var diagnostics = new DiagnosticBag();
        var page = ParseFrontMatter.Parse(new SourceFile($"input/{lang}/{key}.md", lang, key, text), diagnostics);
        return (page, diagnostics.Sorted());
    }

    private const string Valid = "---\ntitle: T\nkey: a-key\nlang: en\ntype: guides\nsummary: S.\nupdated: 2026-01-31\nrelated: [b, c]\nsources:\n  - {title: Help, url: https://example.org/help}\n---\nBody\n";

    [Fact]
    public void Reads_every_field_into_the_typed_model()
    {
        var (page, diagnostics) = Parse(Valid);

        Assert.Empty(diagnostics);
        var fm = page!.FrontMatter!;
        Assert.Equal(("T", "a-key", "en", "guides", "S."), (fm.Title, fm.Key, fm.Lang, fm.Type, fm.Summary));
        Assert.Equal(new DateOnly(2026, 1, 31), fm.Updated);
        Assert.Equal(["b", "c"], fm.Related.ToArray());
        Assert.Equal("https://example.org/help", Assert.Single(fm.Sources).Url);
        Assert.Equal("en/a-key/", page.Url);
        Assert.Equal(8, fm.LineOf("related"));
    }

    [Fact]
    public void Reports_a_tab_on_its_line()
    {
        var (page, diagnostics) = Parse(Valid.Replace("summary: S.", "summary:\tS.", StringComparison.Ordinal));

        Assert.Null(page);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("FM001", 6), (d.Code, d.Line));
        Assert.Contains("tab", d.Message);
    }

    [Fact]
    public void Reports_a_duplicate_field()
    {
        var (page, diagnostics) = Parse(Valid.Replace("summary: S.", "summary: S.\ntitle: Again", StringComparison.Ordinal));

        Assert.Null(page);
        Assert.Equal("FM001", Assert.Single(diagnostics).Code);
    }

    [Theory]
    [InlineData("key: search", "used by the site itself")]
    [InlineData("key: other-key", "does not match the file name")]
    [InlineData("key: ../etc", "kebab-case")]
    [InlineData("key: a-kеy", "kebab-case")] // Cyrillic е
    public void Rejects_keys_that_could_not_be_a_route(string line, string expected)
    {
        var (page, diagnostics) = Parse(Valid.Replace("key: a-key", line, StringComparison.Ordinal));

        Assert.Null(page);
        Assert.Contains(diagnostics, d => d.Code == "FM005" && d.Line == 3 && d.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_a_source_url_that_is_not_http()
    {
        var (page, diagnostics) = Parse(Valid.Replace("https://example.org/help", "javascript:alert(1)", StringComparison.Ordinal));

        Assert.Null(page);
        Assert.Contains(diagnostics, d => d.Code == "FM003" && d.Message.Contains("http(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void Warns_about_an_unknown_field()
    {
        var (page, diagnostics) = Parse(Valid.Replace("summary: S.", "summary: S.\nsumary: typo", StringComparison.Ordinal));

        Assert.NotNull(page);
        Assert.Equal(Severity.Warning, Assert.Single(diagnostics).Severity);
    }
}
