using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Notices;

/// <summary>Phrase files and complaint-type articles match one to one, when the input has phrases at all.</summary>
[Trait(Category.Name, Category.Unit)]
public class CheckNoticeKeysTests
{
    [Theory]
    [InlineData("no-such-key")]
    [InlineData("glossary")]
    [InlineData("Order_Defect")]
    public void A_file_named_after_no_complaint_type_is_reported_on_its_first_line(string key)
    {
        using var site = TestSite.Create(NoticeFixtures.Valid + NoticeFixtures.File(key, "Something", "某事"));

        var result = site.BuildWithDiagnostics();

        var diagnostic = TestSite.Single(result, "NT005");
        Assert.Equal(($"input/_data/notices/{key}.yml", 1), (diagnostic.Path, diagnostic.Line));
    }

    [Fact]
    public void A_complaint_type_without_phrases_is_reported_on_its_key()
    {
        using var site = TestSite.Create(NoticeFixtures.Valid);
        File.Delete(Path.Combine(site.Input, "_data", "notices", "late-shipment-rate.yml"));

        var result = site.BuildWithDiagnostics();

        var diagnostic = TestSite.Single(result, "NT006");
        Assert.Equal(("input/zh/late-shipment-rate.md", 3), (diagnostic.Path, diagnostic.Line));
        Assert.Contains("input/_data/notices/late-shipment-rate.yml", diagnostic.Message);
    }

    [Fact]
    public void A_site_without_the_folder_needs_no_phrases()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);

        var result = site.BuildWithDiagnostics();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("NT", StringComparison.Ordinal));
    }
}
