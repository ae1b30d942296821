using System.Text.RegularExpressions;
using AppealHandbook.Tests.TestKit;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static AppealHandbook.Tests.Browser.BrowserKit;

namespace AppealHandbook.Tests.Browser;

/// <summary>
/// In a real browser (headless Chromium): the sidebar, breadcrumbs, table of contents and pager
/// lead to pages that exist. Every test also fails on any console error or uncaught exception.
/// </summary>
[Collection("browser")]
[Trait(Category.Name, Category.Browser)]
public class NavigationTests(BrowserFixture site)
{
    [Theory]
    [InlineData("zh/order-defect-rate/", "zh")]
    [InlineData("en/late-shipment-rate/", "en")]
    public async Task Sidebar_breadcrumbs_toc_and_pager_lead_to_existing_pages(string path, string lang)
    {
        await using var s = await site.OpenAsync();
        await s.GotoAsync(site.Url(path));

        var sidebar = await HrefsAsync(s.Page, "[data-sidebar] a[href]");
        var breadcrumbs = await HrefsAsync(s.Page, ".breadcrumbs a[href]");
        var pager = await HrefsAsync(s.Page, "a[rel=prev], a[rel=next]");
        var toc = await s.Page.Locator(".toc a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.True(sidebar.Count >= 4, "sidebar: " + string.Join(", ", sidebar));
        Assert.Equal(2, breadcrumbs.Count);
        Assert.Single(pager);
        Assert.Equal(["#overview", "#causes"], toc);

        // The table of contents points at headings on this page, and following it scrolls there.
        foreach (var fragment in toc)
        {
            await Expect(s.Page.Locator(fragment)).ToHaveCountAsync(1);
        }

        await s.Page.Locator(".toc a[href='#causes']").ClickAsync();
        await Expect(s.Page).ToHaveURLAsync(new Regex("#causes$"));
        await Expect(s.Page.Locator("#causes")).ToBeInViewportAsync();

        // Every other link stays in the page's language and leads to a page that exists.
        foreach (var url in sidebar.Concat(breadcrumbs).Concat(pager).Distinct())
        {
            Assert.StartsWith($"/{lang}/", new Uri(url).AbsolutePath);
            await s.GotoAsync(url);
            await Expect(s.Page.Locator("h1")).ToHaveCountAsync(1);
        }

        // Clicking the pager link navigates to it.
        await s.GotoAsync(site.Url(path));
        await s.Page.Locator("a[rel=prev], a[rel=next]").First.ClickAsync();
        await Expect(s.Page).ToHaveURLAsync(pager[0]);
        s.AssertNoErrors();
    }
}
