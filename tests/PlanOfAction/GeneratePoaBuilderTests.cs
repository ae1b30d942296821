using System.Text.Json;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.PlanOfAction;

/// <summary>The builder pages, the data they read and the links to them, on small inline sites.</summary>
[Trait(Category.Name, Category.Unit)]
public class GeneratePoaBuilderTests
{
    [Fact]
    public void Each_language_gets_the_builder_and_each_key_its_data_file()
    {
        // Arrange
        using var site = TestSite.Create(PoaFixtures.Valid);

        // Act
        site.Build();

        // Assert
        site.AssertFile("zh/poa-builder/index.html", """<option value="order-defect-rate">订单缺陷率</option>""", "data-poa-nojs", "../../zh/plan-of-action/", "poa-builder.js");
        site.AssertFile("en/poa-builder/index.html", """<option value="late-shipment-rate">Late shipment rate</option>""", "<html lang=\"en\">");
        using var data = JsonDocument.Parse(site.ReadOutput("poa/order-defect-rate.json"));
        var root = data.RootElement;
        Assert.Equal("order-defect-rate", root.GetProperty("key").GetString());
        Assert.Equal("Order defect rate", root.GetProperty("title").GetProperty("en").GetString());
        Assert.Equal(["fix_date", "rate", "owner"], root.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
        Assert.Equal(2, root.GetProperty("causes").GetArrayLength());
        Assert.Equal(["slow-replies", "weekend-orders"], root.GetProperty("corrective")[0].GetProperty("answers").EnumerateArray().Select(a => a.GetString()));
        Assert.Matches("^[0-9a-f]{12}$", root.GetProperty("version").GetString());
    }

    [Fact]
    public void Violation_articles_the_guide_and_the_homes_link_to_the_builder()
    {
        using var site = TestSite.Create(PoaFixtures.Valid);

        site.Build();

        site.AssertFile("zh/order-defect-rate/index.html", """<a class="poa-start-link" href="../poa-builder/?key=order-defect-rate" data-poa-start>开始写行动计划""");
        site.AssertFile("en/late-shipment-rate/index.html", """href="../poa-builder/?key=late-shipment-rate" data-poa-start>Start your Plan of Action""");
        site.AssertFile("en/plan-of-action/index.html", """href="../poa-builder/" data-poa-start>""");
        site.AssertFile("en/glossary/index.html", "! data-poa-start");
        site.AssertFile("zh/index.html", """href="../zh/poa-builder/" data-poa-start>""");
    }

    [Fact]
    public void A_site_without_building_blocks_has_no_builder_and_no_links_to_it()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);

        site.Build();

        Assert.False(File.Exists(Path.Combine(site.Output, "zh", "poa-builder", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "poa")));
        site.AssertFile("zh/order-defect-rate/index.html", "! data-poa-start");
        site.AssertFile("en/index.html", "! data-poa-start");
    }

    [Fact]
    public void Two_builds_write_the_same_bytes()
    {
        using var first = TestSite.Create(PoaFixtures.Valid);
        using var second = TestSite.Create(PoaFixtures.Valid);

        first.Build();
        second.Build();

        foreach (var path in new[] { "poa/order-defect-rate.json", "zh/poa-builder/index.html", "en/poa-builder/index.html" })
        {
            Assert.Equal(first.ReadOutput(path), second.ReadOutput(path));
        }
    }
}
