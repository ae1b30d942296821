using AppealHandbook.Checks;
using AppealHandbook.Core;
using AppealHandbook.Linking;
using AppealHandbook.Markdown;
using AppealHandbook.Pipeline;
using AppealHandbook.Search;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Markdown;

[Trait(Category.Name, Category.Unit)]
public class ArticleTreesTests
{
    [Fact]
    public void Takes_each_article_through_its_modules_on_a_tree_of_its_own_and_lets_go_of_it()
    {
        // Arrange
        using var site = TestSite.Create(InlineSite.Frame
            + InlineSite.Pair("a", en: "## Causes {#causes}\n\nSee [B](xref:b#next) about the ODR.", zh: "## 原因 {#causes}\n\n甲。")
            + InlineSite.Pair("b", en: "## Next {#next}\n\nB.", zh: "## 下一步 {#next}\n\n乙。"));

        // Act
        var pages = site.RunThrough<ArticleTrees>().State.Pages;

        // Assert
        var a = pages.Single(p => p.Url == "en/a/");
        Assert.All(pages.Where(p => p.Kind == PageKind.Article), p => Assert.Null(p.Markdown));
        Assert.Equal("../../en/b/#next", Assert.Single(a.Links).Href); // ResolveLinks
        Assert.Contains("<a href=\"../../en/b/#next\">B</a>", a.Html, StringComparison.Ordinal); // RenderMarkdown, after ResolveLinks, then ApplyLayouts
        Assert.Contains("class=\"glossary-link\"", a.Html, StringComparison.Ordinal); // LinkGlossaryTerms
        Assert.Equal(("causes", "Causes"), (Assert.Single(a.TextSections).Id, a.TextSections[0].Heading)); // ExtractSearchText
        Assert.Contains("ODR", a.TextSections[0].Text, StringComparison.Ordinal);
        Assert.Contains("href=\"#b--next\"", System.Text.Encoding.UTF8.GetString(a.PrintSection!), StringComparison.Ordinal); // MakePrintSection, from the body
        Assert.Null(a.BodyHtml); // laid out in the stage, so the body went with the tree
        Assert.All(pages.Where(p => p.Kind == PageKind.Article), p => Assert.False(p.Source!.IsRead)); // the stage was the sources' last reader
        Assert.Contains("See [B](xref:b#next)", a.Source!.Text, StringComparison.Ordinal); // and asked again, the file is read again
    }

    [Fact]
    public void The_second_parse_reports_nothing_the_first_did_not()
    {
        // A zero-width space in the body: ParseMarkdown warns once; parsing again must not warn twice.
        // No tree is kept, so the stage does parse again.
        using var site = TestSite.Create(InlineSite.Frame + InlineSite.Pair("a", en: "Zero\u200Bwidth and \"引号\".", zh: "甲。"));

        var result = SiteBuilder.Build(site.Options() with { KeepTreesUpTo = 0 }, write: false);

        Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.InvisibleCharacters);
        Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.AsciiQuotesAroundChinese); // CheckQuotes, inside the stage, runs once
    }

    [Fact]
    public void Passes_by_a_body_that_was_refused()
    {
        using var site = TestSite.Create(InlineSite.Frame + InlineSite.Pair("a", en: "A", zh: "甲。"));
        var state = site.RunThrough<ParseMarkdown>().State;
        var refused = state.Pages.Single(p => p.Url == "en/a/") with { BodyParsed = false };
        var stage = new ArticleTrees(new ExtractSearchText(), new RenderMarkdown());

        var page = stage.RunOnOne(refused, state.For(stage));

        Assert.Same(refused, page);
    }

    [Fact]
    public void Through_a_module_keeps_the_stage_up_to_it_and_the_trees_after_it()
    {
        var stage = new SitePipeline().PostProcess.OfType<ArticleTrees>().Single();

        var through = stage.Through<LinkGlossaryTerms>();

        Assert.Equal(["ResolveLinks", "CheckQuotes", "LinkGlossaryTerms"], through.Modules.Select(m => m.GetType().Name));
        Assert.Equal(stage.Modules.SelectMany(m => m.Contract.Reads).Distinct(), stage.Contract.Reads);
        Assert.Throws<ArgumentException>(() => through.Through<RenderMarkdown>());
    }

    [Fact]
    public void Shares_its_timing_among_the_second_parse_and_its_modules()
    {
        // Arrange
        using var site = TestSite.Create(InlineSite.Frame + InlineSite.Pair("a", en: "## Causes {#causes}\n\nThe ODR.", zh: "## 原因 {#causes}\n\n甲。"));
        var state = site.RunThrough<CheckEvidenceLists>().State;
        var stage = new ArticleTrees(new ExtractSearchText(), new RenderMarkdown());
        stage.Execute(state.For(stage));
        var timing = new ModuleTiming("PostProcess/ArticleTrees", TimeSpan.FromMilliseconds(90), TimeSpan.FromMilliseconds(150), TimeSpan.FromMilliseconds(20));

        // Act
        var rows = stage.Split(timing).ToList();

        // Assert
        Assert.Equal(["PostProcess/ArticleTrees/(parse again)", "PostProcess/ArticleTrees/ExtractSearchText", "PostProcess/ArticleTrees/RenderMarkdown"], rows.Select(r => r.Module));
        Assert.Equal(90, rows.Sum(r => r.Elapsed.TotalMilliseconds), precision: 2); // each share is rounded to a tick (0.1 µs)
        Assert.Equal(150, rows.Sum(r => r.Cpu.TotalMilliseconds), precision: 2);
        Assert.All(rows, r => Assert.True(r.Elapsed > TimeSpan.Zero && r.GcPause == TimeSpan.Zero));
    }

    [Fact]
    public void A_site_built_from_kept_trees_and_one_parsed_again_are_the_same_byte_for_byte()
    {
        // Arrange: a valid site with its glossary, data and every kind of page.
        using var kept = TestSite.Create(SiteFixtures.Valid);
        using var parsedAgain = TestSite.Create(SiteFixtures.Valid);

        // Act
        var first = SiteBuilder.Build(kept.Options() with { KeepTreesUpTo = int.MaxValue });
        var second = SiteBuilder.Build(parsedAgain.Options() with { KeepTreesUpTo = 0 });

        // Assert
        Assert.True(first.Succeeded && second.Succeeded);
        Assert.Equal(first.Diagnostics.Select(d => d.ToString()), second.Diagnostics.Select(d => d.ToString()));
        var files = Directory.EnumerateFiles(kept.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(kept.Output, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.EnumerateFiles(parsedAgain.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(parsedAgain.Output, f)).Order(StringComparer.Ordinal));
        Assert.True(files.Count > 50, $"{files.Count} files");
        Assert.All(files, f => Assert.True(
            File.ReadAllBytes(Path.Combine(kept.Output, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(parsedAgain.Output, f))), f));
    }
}
