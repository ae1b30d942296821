using AppealHandbook.Checks;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Checks;

/// <summary>Evidence checklists are remembered by item position in both languages, so their lengths must match.</summary>
[Trait(Category.Name, Category.Unit)]
public class CheckEvidenceListsTests
{
    [Fact]
    public void Evidence_checklists_of_different_lengths_are_a_warning_on_the_english_heading()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);
        site.Edit("input/zh/late-shipment-rate.md", "Text.", "## 需要准备的材料 {#evidence}\n\n- [ ] 通知截图\n- [ ] 订单报告");
        site.Edit("input/en/late-shipment-rate.md", "Text.", "## Evidence to prepare {#evidence}\n\n- [ ] The notice\n\n## Appeal {#appeal}\n\n- [ ] Not evidence");

        var result = site.RunThrough<CheckEvidenceLists>();

        var warning = TestSite.Single(result, "ST012");
        Assert.Equal(("input/en/late-shipment-rate.md", 23), (warning.Path, warning.Line));
        Assert.Contains("1 item(s) here and 2 in input/zh/late-shipment-rate.md", warning.Message);
    }

    [Fact]
    public void Lists_of_the_same_length_pass()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);
        site.Edit("input/zh/late-shipment-rate.md", "Text.", "## 需要准备的材料 {#evidence}\n\n- [ ] 通知截图");
        site.Edit("input/en/late-shipment-rate.md", "Text.", "## Evidence to prepare {#evidence}\n\n- [ ] The notice");

        var result = site.RunThrough<CheckEvidenceLists>();

        Assert.Empty(result.Diagnostics);
    }
}
