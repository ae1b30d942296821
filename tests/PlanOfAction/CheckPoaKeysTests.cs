using AppealHandbook.PlanOfAction;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.PlanOfAction;

/// <summary>Building-block files and violation articles match one to one.</summary>
[Trait(Category.Name, Category.Unit)]
public class CheckPoaKeysTests
{
    [Fact]
    public void A_file_named_after_no_article_is_reported()
    {
        using var site = TestSite.Create(PoaFixtures.Valid + PoaFixtures.Blocks("no-such-key"));

        var result = site.RunThrough<CheckPoaKeys>();

        var diagnostic = TestSite.Single(result, "PO007");
        Assert.Equal(("input/_data/poa/no-such-key.yml", 1), (diagnostic.Path, diagnostic.Line));
    }

    [Fact]
    public void A_file_named_after_a_guide_is_reported()
    {
        using var site = TestSite.Create(PoaFixtures.Valid + PoaFixtures.Blocks("glossary"));

        var result = site.RunThrough<CheckPoaKeys>();

        var diagnostic = TestSite.Single(result, "PO007");
        Assert.Equal("input/_data/poa/glossary.yml", diagnostic.Path);
    }

    [Fact]
    public void A_violation_article_without_building_blocks_is_reported_on_its_key()
    {
        using var site = TestSite.Create(PoaFixtures.Valid);
        File.Delete(Path.Combine(site.Input, "_data", "poa", "late-shipment-rate.yml"));

        var result = site.RunThrough<CheckPoaKeys>();

        var diagnostic = TestSite.Single(result, "PO008");
        Assert.Equal(("input/zh/late-shipment-rate.md", 3), (diagnostic.Path, diagnostic.Line));
        Assert.Contains("input/_data/poa/late-shipment-rate.yml", diagnostic.Message);
    }

    [Fact]
    public void Without_the_folder_no_article_needs_a_file()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);

        var result = site.RunThrough<CheckPoaKeys>();

        Assert.Empty(result.Diagnostics);
    }
}
