using System.Xml.Linq;
using AppealHandbook.Tests.TestKit;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static AppealHandbook.Tests.Browser.BrowserKit;

namespace AppealHandbook.Tests.Browser;

/// <summary>
/// In a real browser (headless Chromium): the site deployed under a sub-path: every page and
/// everything it links to is served, and search leads to the article. Every test also fails on any
/// console error or uncaught exception.
/// </summary>
[Collection("browser")]
[Trait(Category.Name, Category.Browser)]
public class BasePathTests(BrowserFixture site)
{
    [Fact]
    public async Task Under_a_base_path_every_page_and_everything_it_links_to_is_served()
    {
        await using var s = await site.OpenAsync();
        var api = s.Context.APIRequest;

        // The sitemap and robots.txt give absolute URLs on the configured site; map them to this server.
        var sitemap = await api.GetAsync(site.BaseCopyUrl("sitemap.xml"));
        Assert.Equal(200, sitemap.Status);
        var xml = XDocument.Parse(await sitemap.TextAsync());
        var listed = xml.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value.Trim())
            .Concat(xml.Descendants().Where(e => e.Name.LocalName == "link").Select(e => (string?)e.Attribute("href") ?? ""))
            .Distinct().ToList();
        Assert.True(listed.Count >= 10, "sitemap lists " + listed.Count + " URLs");
        Assert.All(listed, u => Assert.StartsWith(BrowserFixture.SiteBaseUrl + BrowserFixture.BasePath, u));
        var robots = await (await api.GetAsync(site.BaseCopyUrl("robots.txt"))).TextAsync();
        var sitemapLine = robots.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("Sitemap:", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(BrowserFixture.SiteBaseUrl + BrowserFixture.BasePath + "sitemap.xml", sitemapLine["Sitemap:".Length..].Trim());

        var pages = listed.Select(u => ToServer(site, u)).Where(u => u is not null).Select(u => u!).ToList();
        pages.Add(site.BaseCopyUrl("zh/search/?q=" + Uri.EscapeDataString("订单缺陷率")));
        pages.Add(site.BaseCopyUrl("en/search/?q=order"));
        var notFound = site.BaseCopyUrl("en/no-such-page/");
        s.Allow(m => m.Contains("status of 404", StringComparison.Ordinal) && m.Contains(notFound, StringComparison.Ordinal));

        var checkedUrls = new Dictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var page in pages.Append(notFound).Distinct())
        {
            await s.GotoAsync(page, status: page == notFound ? 404 : 200);
            Assert.True(await StylesheetAppliedAsync(s.Page), "site.css did not apply on " + page);
            if (page.Contains("/search/", StringComparison.Ordinal))
            {
                await ResultsAsync(s.Page);
            }

            var links = await s.Page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('a[href], link[href], script[src], img[src]')].map(e => e.href || e.src)");
            foreach (var link in links)
            {
                var local = ToServer(site, link);
                if (local is null)
                {
                    continue;
                }

                if (!local.StartsWith(site.BaseUrl.ToString(), StringComparison.Ordinal))
                {
                    failures.Add($"{page} links outside the base path: {link}");
                    continue;
                }

                var withoutFragment = local.Split('#')[0];
                if (withoutFragment == s.Page.Url.Split('#')[0])
                {
                    // A link within this page (the skip link, the table of contents): its target must be here.
                    var fragment = local.Contains('#', StringComparison.Ordinal) ? Uri.UnescapeDataString(local[(local.IndexOf('#', StringComparison.Ordinal) + 1)..]) : "";
                    if (fragment.Length > 0 && !await s.Page.EvaluateAsync<bool>("id => document.getElementById(id) !== null", fragment))
                    {
                        failures.Add($"{page} links to #{fragment}, which is not on the page");
                    }

                    continue;
                }

                if (!checkedUrls.TryGetValue(withoutFragment, out var status))
                {
                    status = (await api.GetAsync(withoutFragment, new APIRequestContextOptions { MaxRedirects = 0 })).Status;
                    checkedUrls[withoutFragment] = status;
                }

                if (status != 200)
                {
                    failures.Add($"{page} links to {link}: {status}");
                }
            }
        }

        Assert.True(checkedUrls.Count >= 20, "only " + checkedUrls.Count + " distinct URLs checked");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Distinct()));
        s.AssertNoErrors();
    }

    [Fact]
    public async Task Under_a_base_path_the_header_search_box_leads_to_the_article()
    {
        await using var s = await site.OpenAsync();
        await s.GotoAsync(site.BaseCopyUrl("zh/late-shipment-rate/"));

        await s.Page.Keyboard.PressAsync("/");
        await s.Page.Keyboard.TypeAsync("订单缺陷率");
        await Expect(s.Page.Locator("#search-suggestions [role=option]").First).ToBeVisibleAsync();
        await s.Page.Keyboard.PressAsync("ArrowDown");
        await s.Page.Keyboard.PressAsync("Enter");

        await Expect(s.Page).ToHaveURLAsync(AtPath(BrowserFixture.BasePath + "zh/order-defect-rate/"));
        await Expect(s.Page.Locator("h1")).ToHaveTextAsync("订单缺陷率");
        s.AssertNoErrors();
    }
}
