using AppealHandbook.Core;
using AppealHandbook.Data;
using AppealHandbook.Linking;
using AppealHandbook.Pipeline;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Pipeline;

[Trait(Category.Name, Category.Unit)]
public class SitePipelineTests
{
    [Fact]
    public void Every_fact_is_added_before_it_is_read_and_every_module_says_what_preview_does_with_it() =>
        Assert.Empty(new SitePipeline().ContractProblems());

    [Fact]
    public void A_module_that_reads_a_fact_no_earlier_module_adds_is_a_contract_problem()
    {
        var defaults = new SitePipeline();
        var pipeline = new SitePipeline { Process = [new ReadsIndex(), .. defaults.Process] };

        var problem = Assert.Single(pipeline.ContractProblems());

        Assert.Contains("Process/ReadsIndex reads Index", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_module_that_reads_a_fact_it_did_not_declare_stops_the_build()
    {
        // Arrange
        using var site = TestSite.Create(SiteFixtures.Valid);
        var defaults = new SitePipeline();
        var pipeline = new SitePipeline { PostProcess = [.. defaults.PostProcess, new ReadsDataUndeclared()] };

        // Act
        var result = SiteBuilder.Build(site.Options(), pipeline);

        // Assert
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.InternalError, error.Code);
        Assert.Contains("ReadsDataUndeclared reads SiteData but its contract does not say so", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_fact_is_never_null_once_the_phase_that_adds_it_has_run()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);

        var result = site.Build();

        Assert.NotNull(result.State.Get(DataFacts.SiteData));
        Assert.NotNull(result.State.Get(LinkingFacts.Index));
    }

    private sealed class ReadsIndex : IModule
    {
        public ModuleContract Contract { get; } = ModuleContract.SiteWide("", [LinkingFacts.Index], [], "a test module");

        public void Execute(BuildState state) => state.Get(LinkingFacts.Index);
    }

    private sealed class ReadsDataUndeclared : IModule
    {
        public ModuleContract Contract { get; } = ModuleContract.SiteWide("", [], [], "a test module");

        public void Execute(BuildState state) => state.Get(DataFacts.SiteData);
    }
}
