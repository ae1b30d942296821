using AppealHandbook.Core;
using AppealHandbook.Checks;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Checks;

/// <summary>ASCII quotes around Chinese text are a warning at their line and column; code and link targets are left alone.</summary>
[Trait(Category.Name, Category.Unit)]
public class CheckQuotesTests
{
    [Theory]
    [InlineData("卖家常说的\"封号\"。", new[] { 6 })]
    [InlineData("页面 \"Appeal\" 与\"重新激活\"两个入口", new[] { 14 })]
    [InlineData("\"Performance\" and \"Account Health\"", new int[0])]
    [InlineData("用 `\"封号\"` 搜索", new int[0])]
    [InlineData("见[帮助](https://example.org/a \"标题\")", new int[0])]
    [InlineData("“封号”和「二审」", new int[0])]
    public void Finds_the_opening_quote_of_each_ascii_quoted_chinese_span(string line, int[] columns)
    {
        Assert.Equal(columns, AsciiQuotes.Find(line));
    }

    [Fact]
    public void A_quoted_chinese_word_in_an_article_is_ST011_at_its_line_and_column()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);
        site.Edit("input/zh/late-shipment-rate.md", "Text.", "卖家常说的\"封号\"。\n\n```\n代码里的\"引号\"不算\n```");

        var result = site.BuildWithDiagnostics();

        Assert.True(result.Succeeded); // a warning: the site is still written
        var d = TestSite.Single(result, "ST011");
        Assert.Equal(("input/zh/late-shipment-rate.md", 23, 6), (d.Path, d.Line, d.Column));
        Assert.Contains("“…” or 「…」", d.Message);
    }

    [Fact]
    public void Quoted_chinese_words_on_a_later_line_of_a_list_item_and_in_a_table_are_ST011_at_their_lines()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);
        site.Edit("input/zh/late-shipment-rate.md", "Text.", "- 第一行没有引号，\n  第二行有\"封号\"。\n\n| 列 |\n|---|\n| 表格里的\"引号\" |");

        var result = site.BuildWithDiagnostics();

        var lines = result.Diagnostics.Where(d => d.Code == "ST011").Select(d => (d.Path, d.Line, d.Column)).ToList();
        Assert.Equal([("input/zh/late-shipment-rate.md", 24, 7), ("input/zh/late-shipment-rate.md", 28, 7)], lines);
    }

    [Fact]
    public void A_quoted_chinese_word_in_the_box_is_ST011_at_its_field()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);
        site.Edit("input/zh/late-shipment-rate.md", "first-steps: [Read the notice.]", "first-steps: ['先看\"通知\"。']");

        var result = site.BuildWithDiagnostics();

        var d = TestSite.Single(result, "ST011");
        Assert.Equal(("input/zh/late-shipment-rate.md", 11), (d.Path, d.Line));
        Assert.Contains("'first-steps'", d.Message);
    }
}
