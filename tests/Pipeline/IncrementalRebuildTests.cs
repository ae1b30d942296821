using AppealHandbook.Core;
using AppealHandbook.Pipeline;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Pipeline;

[Trait(Category.Name, Category.Unit)]
public class IncrementalRebuildTests
{
    [Fact]
    public void A_body_edit_rerenders_only_that_page()
    {
        // Arrange
        using var site = TestSite.Create(SiteFixtures.Valid);
        var first = site.Build();
        site.Edit("input/en/late-shipment-rate.md", "Text.", "Edited text.");

        // Act
        var quick = IncrementalRebuild.TryArticle(first.State, Path.Combine(site.Input, "en", "late-shipment-rate.md"));

        // Assert
        Assert.NotNull(quick);
        Assert.True(quick.Succeeded);
        var page = quick.State.Pages.Single(p => p.Url == "en/late-shipment-rate/");
        Assert.Contains("Edited text.", page.Html);
        Assert.Same(first.State.Pages.Single(p => p.Url == "zh/late-shipment-rate/"), quick.State.Pages.Single(p => p.Url == "zh/late-shipment-rate/"));
    }

    [Theory]
    [InlineData("title: Late shipment rate", "title: Late shipments")]
    [InlineData("{#causes}", "{#reasons}")]
    [InlineData("xref:order-defect-rate#causes", "xref:order-defect-rate")]
    public void An_edit_other_pages_show_needs_a_full_build(string old, string replacement)
    {
        using var site = TestSite.Create(SiteFixtures.Valid);
        var first = site.Build();
        site.Edit("input/en/late-shipment-rate.md", old, replacement);

        Assert.Null(IncrementalRebuild.TryArticle(first.State, Path.Combine(site.Input, "en", "late-shipment-rate.md")));
    }

    [Fact]
    public void A_broken_edit_reports_its_errors()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);
        var first = site.Build();
        site.Edit("input/en/late-shipment-rate.md", "Text.", "See [x](javascript:alert(1)).");

        var quick = IncrementalRebuild.TryArticle(first.State, Path.Combine(site.Input, "en", "late-shipment-rate.md"));

        Assert.NotNull(quick);
        Assert.Equal("SEC002", Assert.Single(quick.Diagnostics).Code);
    }

    [Fact]
    public void The_one_page_rebuild_goes_through_every_module_of_the_full_build_in_its_order()
    {
        var pipeline = new SitePipeline();
        var all = pipeline.Phases.SelectMany(p => p.Modules).ToList();

        var plan = IncrementalRebuild.Plan(pipeline).Select(x => x.Module).ToList();

        // Every module is either in the plan, in the full build's order, or done by the rebuild itself on the edited file.
        Assert.Equal(all.Where(m => m.Contract.OnePageRebuild != OnePageRebuild.EditedFileOnly), plan);
        Assert.Equal(["ReadArticles", "ParseFrontMatter"], all.Except(plan).Select(m => m.GetType().Name));
        Assert.All(plan.Where(m => m.Contract.OnePageRebuild == OnePageRebuild.RunOnPage), m => Assert.IsAssignableFrom<IOnePageModule>(m));
    }

    [Fact]
    public void A_page_module_added_to_the_full_build_also_runs_in_the_one_page_rebuild()
    {
        // Arrange: a module after the layouts that marks every finished page.
        using var site = TestSite.Create(SiteFixtures.Valid);
        var defaults = new SitePipeline();
        var pipeline = new SitePipeline { PostProcess = [.. defaults.PostProcess, new MarkFinishedPages()] };
        var first = SiteBuilder.Build(site.Options(), pipeline, write: false);
        site.Edit("input/en/late-shipment-rate.md", "Text.", "Edited text.");

        // Act
        var quick = IncrementalRebuild.TryArticle(first.State, Path.Combine(site.Input, "en", "late-shipment-rate.md"), pipeline);

        // Assert
        Assert.NotNull(quick);
        var page = quick.State.Pages.Single(p => p.Url == "en/late-shipment-rate/");
        Assert.Contains("Edited text.", page.Html);
        Assert.EndsWith("<!-- marked -->", page.Html, StringComparison.Ordinal);
    }

    private sealed class MarkFinishedPages : PageModule
    {
        public override ModuleContract Contract { get; } = ModuleContract.PerPage("marks each finished page");

        protected override bool ShouldProcess(Page page) => page.Html is not null;

        protected override Page Process(Page page, BuildState state) => page with { Html = page.Html + "<!-- marked -->" };
    }
}
