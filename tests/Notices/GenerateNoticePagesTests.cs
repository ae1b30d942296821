using System.Text.Json;
using AppealHandbook.Core;
using AppealHandbook.Notices;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Notices;

/// <summary>The decoder page in each language, and the phrases it reads.</summary>
[Trait(Category.Name, Category.Unit)]
public class GenerateNoticePagesTests
{
    [Fact]
    public void Adds_the_decoder_in_each_language()
    {
        using var site = TestSite.Create(NoticeFixtures.Valid);

        var pages = site.RunThrough<GenerateNoticePages>().State.Pages;

        Assert.Equal(["en/notice/", "zh/notice/"], pages.Where(p => p.Kind == PageKind.Notice).Select(p => p.Url));
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

    [Fact]
    public void A_site_without_phrases_has_a_decoder_that_knows_no_type()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);

        site.Build();

        Assert.Equal("""{"types":[]}""", site.ReadOutput("en/notice/phrases.json").Trim());
    }
}
