using System.Text.Json;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Notices;

/// <summary>
/// Every rule on the notice phrases can fail: each case breaks the fixture's phrase files in one
/// place and proves the report names the right code, file and line.
/// </summary>
public class NoticePhraseCheckTests
{
    private const string Odr = "input/_data/notices/order-defect-rate.yml";

    public static TheoryData<string, string, string, string, string, int> Breakages => new()
    {
        // name, file, replace, with, expected code, expected line
        { "a phrase that is a mapping", Odr, "    - chargebacks", "    - {text: chargebacks}", "NT001", 7 },
        { "an unknown field", Odr, "    - 信用卡拒付\n", "    - 信用卡拒付\naliases: [ODR]\n", "NT001", 11 },
        { "a list that is not a list", Odr, "  zh: [订单缺陷率]", "  zh: {a: b}", "NT001", 3 },
        { "not valid YAML", Odr, "  en: [Order Defect Rate]", "  en: [Order Defect Rate", "NT001", 2 },
        { "names without Chinese", Odr, "  zh: [订单缺陷率]", "  zh: []", "NT002", 3 },
        { "no phrases at all", Odr, "phrases:", "other:", "NT002", 1 },
        { "a phrase twice", Odr, "    - chargebacks", "    - Negative  feedback", "NT003", 7 },
        { "a name repeated as a phrase", Odr, "    - 信用卡拒付", "    - 订单缺陷率", "NT003", 10 },
        { "Chinese in the English list", Odr, "    - chargebacks", "    - 拒付", "NT004", 7 },
        { "no Chinese in the Chinese list", Odr, "    - 信用卡拒付", "    - ODR", "NT004", 10 },
        { "only function words", Odr, "    - chargebacks", "    - of the", "NT004", 7 },
        { "a whole paragraph", Odr, "    - chargebacks", "    - " + string.Concat(Enumerable.Repeat("chargebacks and claims ", 5)), "NT004", 7 },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Each_rule_reports_the_file_line_and_code(string name, string file, string replace, string with, string code, int line)
    {
        // Arrange
        using var site = TestSite.Create(NoticeFixtures.Valid);
        site.Edit(file, replace, with);

        // Act
        var result = site.BuildWithDiagnostics();

        // Assert
        Assert.False(result.Succeeded, name);
        var diagnostic = result.Diagnostics.FirstOrDefault(d => d.Code == code);
        Assert.True(diagnostic is not null, $"{name}: expected {code}, got:\n" + string.Join("\n", result.Diagnostics));
        Assert.Equal((file, line), (diagnostic.Path, diagnostic.Line));
        Assert.False(Directory.Exists(site.Output), "a failed build must not write the site");
    }

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
        Assert.Equal("""{"types":[]}""", site.ReadOutput("en/notice/phrases.json").Trim());
    }

    [Fact]
    public void The_valid_phrases_pass_and_reach_both_languages_pages()
    {
        using var site = TestSite.Create(NoticeFixtures.Valid);

        var result = site.BuildWithDiagnostics();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        using var zh = JsonDocument.Parse(site.ReadOutput("zh/notice/phrases.json"));
        var first = zh.RootElement.GetProperty("types")[0];
        Assert.Equal("late-shipment-rate", first.GetProperty("key").GetString()); // the handbook's own order
        Assert.Equal("迟发率", first.GetProperty("title").GetString());
        Assert.Equal("../../zh/late-shipment-rate/", first.GetProperty("url").GetString());
        Assert.Equal(["迟发率", "Late Shipment Rate"], first.GetProperty("names").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["负面反馈", "信用卡拒付", "negative feedback", "chargebacks"], first.GetProperty("phrases").EnumerateArray().Select(e => e.GetString()));
    }
}
