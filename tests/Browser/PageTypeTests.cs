using AppealHandbook.Tests.TestKit;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static AppealHandbook.Tests.Browser.BrowserKit;

namespace AppealHandbook.Tests.Browser;

/// <summary>
/// In a real browser (headless Chromium): every page type renders with the theme's stylesheet and
/// one H1, and an unknown path answers with the not-found page. Every test also fails on any
/// console error or uncaught exception.
/// </summary>
[Collection("browser")]
[Trait(Category.Name, Category.Browser)]
public class PageTypeTests(BrowserFixture site)
{
    [Theory]
    [InlineData("", "chooser")]
    [InlineData("zh/", "home")]
    [InlineData("en/", "home")]
    [InlineData("zh/order-defect-rate/", "article")]
    [InlineData("en/late-shipment-rate/", "article")]
    [InlineData("zh/types/metrics/", "list")]
    [InlineData("en/types/guides/", "list")]
    [InlineData("en/search/?q=order", "search")]
    [InlineData("zh/glossary/", "glossary")]
    [InlineData("404.html", "404")]
    [InlineData("zh/status/", "status")]
    public async Task Every_page_type_renders_with_its_stylesheet_and_one_h1(string path, string layout)
    {
        await using var s = await site.OpenAsync();

        await s.GotoAsync(site.Url(path));
        if (layout == "search")
        {
            await Expect(s.Page.Locator("[data-search-results] a").First).ToBeVisibleAsync();
        }

        Assert.Contains("page-" + layout, await s.Page.Locator("body").GetAttributeAsync("class") ?? "");
        await Expect(s.Page.Locator("h1")).ToHaveCountAsync(1);
        await Expect(s.Page.Locator("h1")).ToBeVisibleAsync();
        Assert.True(await StylesheetAppliedAsync(s.Page), "site.css did not apply on " + path);
        s.AssertNoErrors();
    }

    [Fact]
    public async Task An_unknown_path_answers_404_with_the_not_found_page_and_its_links_work()
    {
        await using var s = await site.OpenAsync();
        var url = site.Url("zh/no-such-page/");
        // Chromium logs the document's own 404 status as a console error; that one is the point.
        s.Allow(m => m.Contains("status of 404", StringComparison.Ordinal) && m.Contains(url, StringComparison.Ordinal));

        await s.GotoAsync(url, status: 404);

        await Expect(s.Page.Locator("h1")).ToHaveCountAsync(1);
        Assert.True(await StylesheetAppliedAsync(s.Page), "site.css did not apply on the 404 page under a sub-folder");
        var links = await HrefsAsync(s.Page, "main a[href]");
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            await AssertOkAsync(s, link, "linked from the 404 page");
        }

        s.AssertNoErrors();
    }
}
