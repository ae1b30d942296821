using AppealHandbook.Content;
using AppealHandbook.Core;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Content;

/// <summary>The "Do this now" fields of the front matter: required on articles about a notice, optional on guides.</summary>
[Trait(Category.Name, Category.Unit)]
public class DoThisNowFrontMatterTests
{
    private const string Notice = "---\ntitle: T\nkey: a-key\nlang: en\ntype: metrics\nsummary: S.\nupdated: 2026-01-31\nfirst-steps:\n  - Read the notice.\n  - Note the ASINs.\navoid: [Do not open a second account.]\ndeadline: performance\n---\nBody\n";

    private static (FrontMatter? FrontMatter, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text)
    {
        var diagnostics = new DiagnosticBag();
        var page = ParseFrontMatter.Parse(new SourceFile("input/en/a-key.md", "en", "a-key", text), diagnostics);
        return (page?.FrontMatter, diagnostics.Sorted());
    }

    [Fact]
    public void Reads_both_lists_and_the_deadline_section()
    {
        var (fm, diagnostics) = Parse(Notice);

        Assert.Empty(diagnostics);
        Assert.Equal(["Read the notice.", "Note the ASINs."], fm!.FirstSteps.ToArray());
        Assert.Equal(["Do not open a second account."], fm.Avoid.ToArray());
        Assert.Equal("performance", fm.Deadline);
    }

    [Fact]
    public void A_missing_list_is_FM002_at_the_front_matter()
    {
        var (fm, diagnostics) = Parse(Notice.Replace("avoid: [Do not open a second account.]\n", "", StringComparison.Ordinal));

        Assert.Null(fm);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("FM002", "input/en/a-key.md", 2), (d.Code, d.Path, d.Line));
        Assert.Contains("'avoid' is required", d.Message);
    }

    [Theory]
    [InlineData("first-steps:\n  - Read the notice.\n  - Note the ASINs.\n", "first-steps: []\n", "first-steps", 8)]
    [InlineData("first-steps:\n  - Read the notice.\n  - Note the ASINs.\n", "first-steps:\n", "first-steps", 8)]
    [InlineData("avoid: [Do not open a second account.]\n", "avoid: \"\"\n", "avoid", 11)]
    public void An_empty_list_is_FM002_on_its_line(string old, string replacement, string field, int line)
    {
        var (fm, diagnostics) = Parse(Notice.Replace(old, replacement, StringComparison.Ordinal));

        Assert.Null(fm);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("FM002", line), (d.Code, d.Line));
        Assert.Contains($"'{field}' is required", d.Message);
    }

    [Fact]
    public void A_guide_needs_no_box()
    {
        var guide = "---\ntitle: T\nkey: a-key\nlang: en\ntype: guides\nsummary: S.\nupdated: 2026-01-31\n---\nBody\n";

        var (fm, diagnostics) = Parse(guide);

        Assert.Empty(diagnostics);
        Assert.True(fm!.FirstSteps.IsEmpty && fm.Avoid.IsEmpty && fm.Deadline is null);
    }

    [Fact]
    public void A_deadline_that_is_not_a_section_id_is_FM003_on_its_line()
    {
        var (fm, diagnostics) = Parse(Notice.Replace("deadline: performance", "deadline: Performance metrics", StringComparison.Ordinal));

        Assert.Null(fm);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("FM003", 12), (d.Code, d.Line));
    }
}
