using AppealHandbook.Notices;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Notices;

/// <summary>
/// Each rule on one phrase file can fail: each case breaks the fixture's phrase files in one
/// place and proves the report names the right code, file and line.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public class ReadNoticePhrasesTests
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

    [Fact]
    public void Reads_names_and_phrases_of_both_languages_with_their_lines()
    {
        using var site = TestSite.Create(NoticeFixtures.Valid);

        var result = site.RunThrough<ReadNoticePhrases>();

        var odr = result.State.Get(NoticeFacts.Phrases).Types["order-defect-rate"];
        Assert.Equal(["Order Defect Rate"], odr.Names["en"].Select(p => p.Text));
        Assert.Equal([("负面反馈", 9), ("信用卡拒付", 10)], odr.Phrases["zh"].Select(p => (p.Text, p.Line)));
        Assert.Equal("input/_data/notices/order-defect-rate.yml", odr.Path);
    }
}
