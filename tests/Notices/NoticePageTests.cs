using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Notices;

/// <summary>The decoder page as built: its hooks, the links to it, and what it says without JavaScript.</summary>
[Trait(Category.Name, Category.Unit)]
public class NoticePageTests
{
    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void The_page_has_the_input_the_results_and_a_way_out_without_javascript(string lang)
    {
        using var site = TestSite.Create(NoticeFixtures.Valid);
        site.Build();

        var page = site.Html($"{lang}/notice/index.html");

        var input = page.QuerySelector("form textarea[data-notice-input]");
        Assert.NotNull(input);
        Assert.Null(input.GetAttribute("name")); // a form without named fields sends no text, even without the script
        Assert.Equal("phrases.json", input.GetAttribute("data-notice-data"));
        Assert.NotNull(page.QuerySelector("[data-notice-results]"));
        Assert.NotNull(page.QuerySelector("label[for=notice-input]"));
        Assert.Equal($"../../{lang}/search/", page.QuerySelector("[data-notice-nojs] a")?.GetAttribute("href")); // until the script hides it
        Assert.True(page.QuerySelector("form[data-notice-form]")!.HasAttribute("hidden"));
        Assert.NotNull(page.QuerySelector("script[src='../../assets/notice.js']"));
        Assert.Equal(lang == "zh" ? "zh-Hans" : "en", page.DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("zh/index.html", "notice/")]
    [InlineData("en/index.html", "notice/")]
    [InlineData("zh/search/index.html", "../notice/")]
    [InlineData("en/search/index.html", "../notice/")]
    public void Home_and_search_link_the_decoder(string path, string href)
    {
        using var site = TestSite.Create(NoticeFixtures.Valid);
        site.Build();

        Assert.NotNull(site.Html(path).QuerySelector($"main a[href='{href}']"));
    }

    [Theory]
    [InlineData("zh/order-defect-rate/index.html", "../../zh/notice/")]
    [InlineData("en/types/metrics/index.html", "../../../en/notice/")]
    [InlineData("en/notice/index.html", "../../en/notice/")]
    public void Every_header_links_the_decoder_in_its_language(string path, string href)
    {
        using var site = TestSite.Create(NoticeFixtures.Valid);
        site.Build();

        var link = site.Html(path).QuerySelector($"header a.notice-link[href='{href}']");
        Assert.NotNull(link);
        Assert.Equal(path.StartsWith("en/notice/", StringComparison.Ordinal) ? "page" : null, link.GetAttribute("aria-current"));
    }
}
