using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AppealHandbook.Tests.Browser;

/// <summary>
/// The built site in a real browser (headless Chromium): every page type, the language switch,
/// navigation, search, the header search box, phones, dark mode, print, a sub-path deployment
/// and axe. Every test also fails on any console error or uncaught exception.
/// </summary>
[Collection("browser")]
public class SiteBrowserTests(BrowserFixture site)
{
    private static readonly string[] GuideKeys = ["glossary", "disclaimer", "plan-of-action"];
    private static readonly string[] MetricKeys = ["late-shipment-rate", "order-defect-rate"];

    // Page types -----------------------------------------------------------------------------

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

    // Language switch ------------------------------------------------------------------------

    [Fact]
    public async Task Language_switch_lands_on_the_counterpart_and_keeps_the_section()
    {
        await using var s = await site.OpenAsync();
        await s.GotoAsync(site.Url("zh/order-defect-rate/#causes"));

        await s.Page.Locator("a[data-lang-switch]").ClickAsync();

        await Expect(s.Page).ToHaveURLAsync(AtPath("/en/order-defect-rate/"));
        Assert.Equal("#causes", await s.Page.EvaluateAsync<string>("() => location.hash"));
        Assert.Equal("en", await s.Page.Locator("html").GetAttributeAsync("lang"));
        await Expect(s.Page.Locator("#causes")).ToBeInViewportAsync();
        s.AssertNoErrors();
    }

    // Navigation -----------------------------------------------------------------------------

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

    // Search page ----------------------------------------------------------------------------

    [Fact]
    public async Task Search_page_finds_the_article_for_its_chinese_title()
    {
        await using var s = await site.OpenAsync();

        await s.GotoAsync(site.Url("zh/search/?q=" + Uri.EscapeDataString("订单缺陷率")));

        var results = await ResultsAsync(s.Page);
        Assert.Equal("/zh/order-defect-rate/", new Uri(results[0]).AbsolutePath);
        Assert.Equal("订单缺陷率", await s.Page.Locator("#search-page-input").InputValueAsync());
        await AssertOkAsync(s, results[0], "the first search result");
        s.AssertNoErrors();
    }

    [Fact]
    public async Task Search_page_finds_the_page_language_article_for_a_query_in_the_other_language()
    {
        await using var s = await site.OpenAsync();

        await s.GotoAsync(site.Url("zh/search/?q=Order%20defect"));

        var results = await ResultsAsync(s.Page);
        Assert.Equal("/zh/order-defect-rate/", new Uri(results[0]).AbsolutePath);
        Assert.All(results, r => Assert.StartsWith("/zh/", new Uri(r).AbsolutePath));
        s.AssertNoErrors();
    }

    [Fact]
    public async Task Search_page_type_filter_narrows_results_and_facets_keep_the_url_and_history()
    {
        await using var s = await site.OpenAsync();

        // "text" occurs in every page of the fixture, guides and metrics alike.
        await s.GotoAsync(site.Url("en/search/?q=text"));
        var all = await ResultsAsync(s.Page);
        Assert.Contains(all, r => MetricKeys.Contains(KeyOf(r)));
        Assert.Contains(all, r => GuideKeys.Contains(KeyOf(r)));

        await s.GotoAsync(site.Url("en/search/?q=text&type=guides"));
        var guides = await ResultsAsync(s.Page);
        Assert.All(guides, r => Assert.Contains(KeyOf(r), GuideKeys));
        Assert.Equal("guides", await s.Page.Locator("#search-page-type").InputValueAsync());

        // A facet button filters, writes type= into the URL, and Back restores the previous state.
        await s.GotoAsync(site.Url("en/search/?q=text"));
        await ResultsAsync(s.Page);
        var facet = s.Page.Locator("[data-search-facets] button[data-type='guides']");
        await facet.ClickAsync();
        await Expect(s.Page).ToHaveURLAsync(new Regex("[?&]type=guides(?:[&#]|$)"));
        await Expect(s.Page.Locator("[data-search-facets] button[data-type='guides']")).ToHaveAttributeAsync("aria-pressed", "true");
        await WaitForResultsAsync(s.Page, "results => results.length > 0 && results.every(h => /\\/en\\/(glossary|disclaimer|plan-of-action)\\//.test(new URL(h).pathname))");

        await s.Page.GoBackAsync();
        await Expect(s.Page).Not.ToHaveURLAsync(new Regex("[?&]type="));
        await WaitForResultsAsync(s.Page, "results => results.some(h => /\\/en\\/(late-shipment-rate|order-defect-rate)\\//.test(new URL(h).pathname))");
        Assert.Equal("", await s.Page.Locator("#search-page-type").InputValueAsync());
        Assert.Equal("text", await s.Page.Locator("#search-page-input").InputValueAsync());
        s.AssertNoErrors();
    }

    // Header search box ----------------------------------------------------------------------

    [Fact]
    public async Task Header_search_box_works_from_the_keyboard()
    {
        await using var s = await site.OpenAsync();
        await s.GotoAsync(site.Url("en/order-defect-rate/"));
        var input = s.Page.Locator("input[data-search-input]");
        var listbox = s.Page.Locator("#search-suggestions");

        // "/" focuses the box.
        await s.Page.Keyboard.PressAsync("/");
        await Expect(input).ToBeFocusedAsync();
        Assert.Equal("", await input.InputValueAsync());

        // Typing opens the listbox with suggestions.
        await s.Page.Keyboard.TypeAsync("late shipment");
        await Expect(listbox).ToBeVisibleAsync();
        await Expect(input).ToHaveAttributeAsync("aria-expanded", "true");
        var options = listbox.Locator("[role=option]");
        Assert.True(await options.CountAsync() > 0, "no suggestions");

        // ArrowDown selects the first option and points aria-activedescendant at it.
        await s.Page.Keyboard.PressAsync("ArrowDown");
        var first = options.First;
        await Expect(first).ToHaveAttributeAsync("aria-selected", "true");
        var id = await first.GetAttributeAsync("id");
        Assert.False(string.IsNullOrEmpty(id));
        await Expect(input).ToHaveAttributeAsync("aria-activedescendant", id!);
        var title = await first.Locator(".suggestion-title").TextContentAsync();
        Assert.Equal("Late shipment rate", title);

        // Enter opens that article.
        await s.Page.Keyboard.PressAsync("Enter");
        await Expect(s.Page).ToHaveURLAsync(AtPath("/en/late-shipment-rate/"));
        await Expect(s.Page.Locator("h1")).ToHaveTextAsync(title!);

        // Escape closes the suggestions.
        await s.Page.Keyboard.PressAsync("/");
        await Expect(input).ToBeFocusedAsync();
        await s.Page.Keyboard.TypeAsync("order");
        await Expect(listbox).ToBeVisibleAsync();
        await s.Page.Keyboard.PressAsync("ArrowDown");
        await s.Page.Keyboard.PressAsync("Escape");
        await Expect(listbox).ToBeHiddenAsync();
        await Expect(input).ToHaveAttributeAsync("aria-expanded", "false");
        Assert.Null(await input.GetAttributeAsync("aria-activedescendant"));
        await Expect(input).ToBeFocusedAsync();
        s.AssertNoErrors();
    }

    [Fact]
    public async Task Header_search_box_submits_to_the_search_page()
    {
        await using var s = await site.OpenAsync();
        await s.GotoAsync(site.Url("zh/late-shipment-rate/"));

        await s.Page.Keyboard.PressAsync("/");
        await s.Page.Keyboard.TypeAsync("缺陷率");
        await s.Page.Keyboard.PressAsync("Enter");

        await Expect(s.Page).ToHaveURLAsync(AtPath("/zh/search/"));
        var results = await ResultsAsync(s.Page);
        Assert.Equal("/zh/order-defect-rate/", new Uri(results[0]).AbsolutePath);
        s.AssertNoErrors();
    }

    [Fact]
    public async Task Typing_in_the_header_box_never_blocks_input()
    {
        await using var s = await site.OpenAsync();
        await s.GotoAsync(site.Url("en/order-defect-rate/"));
        // Long tasks (50 ms or more on the main thread) from here on: a keystroke that lands in one waits.
        await s.Page.EvaluateAsync("() => { window.longTasks = []; new PerformanceObserver(l => l.getEntries().forEach(e => window.longTasks.push(e.duration))).observe({ type: 'longtask' }); }");

        await s.Page.Keyboard.PressAsync("/");
        await s.Page.Keyboard.TypeAsync("why was my account deactivated for a late shipment rate", new() { Delay = 25 });
        await Expect(s.Page.Locator("#search-suggestions [role=option]").First).ToBeVisibleAsync();

        Assert.Empty(await s.Page.EvaluateAsync<double[]>("() => window.longTasks"));
        Assert.Equal("why was my account deactivated for a late shipment rate", await s.Page.Locator("input[data-search-input]").InputValueAsync());
        s.AssertNoErrors();
    }

    [Fact]
    public async Task Search_page_finds_a_typo_and_offers_the_corrected_query()
    {
        await using var s = await site.OpenAsync();
        await s.GotoAsync(site.Url("en/search/?q=late%20shipmnet"));

        var results = await ResultsAsync(s.Page);
        Assert.Equal("/en/late-shipment-rate/", new Uri(results[0]).AbsolutePath);
        var suggestion = s.Page.Locator("[data-search-suggestion] a");
        await Expect(suggestion).ToHaveTextAsync("late shipment");

        await suggestion.ClickAsync();
        await Expect(s.Page).ToHaveURLAsync(new Regex(@"\?q=late\+shipment$"));
        await Expect(s.Page.Locator("#search-page-input")).ToHaveValueAsync("late shipment");
        await Expect(s.Page.Locator("[data-search-results] a").First).ToBeVisibleAsync();
        await Expect(s.Page.Locator("[data-search-suggestion]")).ToBeHiddenAsync();
        s.AssertNoErrors();
    }

    // Phones ---------------------------------------------------------------------------------

    [Theory]
    [InlineData("")]
    [InlineData("zh/")]
    [InlineData("en/")]
    [InlineData("zh/order-defect-rate/")]
    [InlineData("en/order-defect-rate/")]
    [InlineData("en/search/?q=order")]
    [InlineData("en/search/?q=late%20shipmnet")] // with "Did you mean"
    public async Task At_360_pixels_nothing_scrolls_sideways(string path)
    {
        await using var s = await site.OpenAsync(Phone());
        await s.GotoAsync(site.Url(path));
        if (path.Contains("search", StringComparison.Ordinal))
        {
            await ResultsAsync(s.Page);
        }

        var width = await s.Page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");

        Assert.True(width <= 360, $"{path} is {width}px wide at a 360px viewport; too wide: {await WideElementsAsync(s.Page, 360)}");
        s.AssertNoErrors();
    }

    [Fact]
    public async Task At_360_pixels_the_menu_button_opens_the_sidebar_and_escape_closes_it()
    {
        await using var s = await site.OpenAsync(Phone());
        await s.GotoAsync(site.Url("en/order-defect-rate/"));
        var toggle = s.Page.Locator("[data-nav-toggle]");
        var sidebar = s.Page.Locator("[data-sidebar]");
        await Expect(toggle).ToBeVisibleAsync();
        await Expect(sidebar).ToBeHiddenAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");

        await toggle.ClickAsync();

        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(sidebar).ToBeVisibleAsync();
        await Expect(sidebar).ToBeInViewportAsync(new LocatorAssertionsToBeInViewportOptions { Ratio = 1 });
        await Expect(sidebar.Locator("a[aria-current=page]")).ToBeVisibleAsync();

        await s.Page.Keyboard.PressAsync("Escape");

        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(sidebar).ToBeHiddenAsync();
        await Expect(toggle).ToBeFocusedAsync();
        s.AssertNoErrors();
    }

    // Dark mode and print --------------------------------------------------------------------

    [Theory]
    [InlineData("")]
    [InlineData("zh/")]
    [InlineData("en/order-defect-rate/")]
    public async Task Dark_mode_follows_the_system(string path)
    {
        await using var s = await site.OpenAsync();
        await s.GotoAsync(site.Url(path));

        await s.Page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        var darkBackground = await LuminanceAsync(s.Page, "background-color");
        var darkText = await LuminanceAsync(s.Page, "color");
        await s.Page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Light });
        var lightBackground = await LuminanceAsync(s.Page, "background-color");

        Assert.True(darkBackground < 0.05, $"the dark body background has luminance {darkBackground:0.000}");
        Assert.True(darkText > 0.5, $"the dark body text has luminance {darkText:0.000}");
        Assert.True(lightBackground > 0.9, $"the light body background has luminance {lightBackground:0.000}");
        s.AssertNoErrors();
    }

    [Fact]
    public async Task Print_shows_the_article_without_navigation()
    {
        await using var s = await site.OpenAsync();
        await s.GotoAsync(site.Url("en/order-defect-rate/"));

        await s.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        await Expect(s.Page.Locator("[data-sidebar]")).ToBeHiddenAsync();
        await Expect(s.Page.Locator(".site-header")).ToBeHiddenAsync();
        await Expect(s.Page.Locator("article h1")).ToBeVisibleAsync();
        await Expect(s.Page.Locator("article .prose table")).ToBeVisibleAsync();
        s.AssertNoErrors();
    }

    // Sub-path deployment --------------------------------------------------------------------

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

        var pages = listed.Select(ToServer).Where(u => u is not null).Select(u => u!).ToList();
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
                var local = ToServer(link);
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

    // Accessibility --------------------------------------------------------------------------

    [Theory]
    [InlineData("")]
    [InlineData("zh/")]
    [InlineData("en/")]
    [InlineData("zh/order-defect-rate/")]
    [InlineData("en/order-defect-rate/")]
    [InlineData("zh/types/metrics/")]
    [InlineData("en/types/metrics/")]
    [InlineData("zh/search/?q=订单缺陷率")]
    [InlineData("en/search/?q=order")]
    [InlineData("en/search/?q=late%20shipmnet")] // with "Did you mean"
    [InlineData("zh/glossary/")]
    [InlineData("en/glossary/")]
    [InlineData("404.html")]
    public async Task Axe_finds_no_serious_or_critical_violation(string path)
    {
        await using var s = await site.OpenAsync();

        await AssertAxeCleanAsync(s, path);
    }

    [Theory]
    [InlineData("zh/")]
    [InlineData("en/order-defect-rate/")]
    [InlineData("en/search/?q=order")]
    public async Task Axe_finds_no_serious_or_critical_violation_in_dark_mode(string path)
    {
        await using var s = await site.OpenAsync(new BrowserNewContextOptions { ColorScheme = ColorScheme.Dark });

        await AssertAxeCleanAsync(s, path);
    }

    [Fact]
    public async Task Axe_finds_no_serious_or_critical_violation_in_the_open_phone_menu_and_suggestions()
    {
        // Only the opened widgets are scanned here; the whole pages are scanned by the tests above.
        await using var s = await site.OpenAsync(Phone());
        await s.GotoAsync(site.Url("en/order-defect-rate/"));
        await s.Page.Locator("[data-nav-toggle]").ClickAsync();
        await Expect(s.Page.Locator("[data-sidebar]")).ToBeVisibleAsync();
        await AssertNoSeriousViolationsAsync(s.Page.Locator("[data-sidebar]"), "the open phone menu on en/order-defect-rate/");
        await AssertNoSeriousViolationsAsync(s.Page.Locator(".site-header"), "the header with the phone menu open on en/order-defect-rate/");

        await s.GotoAsync(site.Url("en/order-defect-rate/"));
        await s.Page.Locator("input[data-search-input]").FillAsync("order");
        await Expect(s.Page.Locator("#search-suggestions [role=option]").First).ToBeVisibleAsync();
        await s.Page.Keyboard.PressAsync("ArrowDown");
        await AssertNoSeriousViolationsAsync(s.Page.Locator(".site-header"), "the header with suggestions open on en/order-defect-rate/");
        s.AssertNoErrors();
    }

    // Helpers --------------------------------------------------------------------------------

    private async Task AssertAxeCleanAsync(BrowserSession s, string path)
    {
        await s.GotoAsync(site.Url(path));
        if (path.Contains("search", StringComparison.Ordinal))
        {
            await ResultsAsync(s.Page);
        }

        await AssertNoSeriousViolationsAsync(s.Page, path);
        s.AssertNoErrors();
    }

    private static async Task AssertNoSeriousViolationsAsync(IPage page, string what) => AssertNoSerious(await page.RunAxe(), what);

    private static async Task AssertNoSeriousViolationsAsync(ILocator region, string what) => AssertNoSerious(await region.RunAxe(), what);

    private static void AssertNoSerious(AxeResult result, string what)
    {
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"axe on {what}:\n{Describe(serious)}");
    }

    private static string Describe(IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        foreach (var v in violations)
        {
            text.Append(CultureInfo.InvariantCulture, $"{v.Id} ({v.Impact}): {v.Help} [{v.HelpUrl}]\n");
            foreach (var node in v.Nodes)
            {
                var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(c => c.Message);
                text.Append(CultureInfo.InvariantCulture, $"  {node.Target}: {string.Join(" / ", checks)}\n    {node.Html}\n");
            }
        }

        return text.ToString();
    }

    private static BrowserNewContextOptions Phone() => new()
    {
        ViewportSize = new ViewportSize { Width = 360, Height = 740 },
        IsMobile = true,
        HasTouch = true,
        DeviceScaleFactor = 2,
    };

    /// <summary>The resolved hrefs of the links <paramref name="selector"/> matches.</summary>
    private static async Task<List<string>> HrefsAsync(IPage page, string selector) =>
        [.. await page.Locator(selector).EvaluateAllAsync<string[]>("links => links.map(a => a.href)")];

    /// <summary>Waits for the search results and returns their resolved hrefs, best first.</summary>
    private static async Task<List<string>> ResultsAsync(IPage page)
    {
        await Expect(page.Locator("[data-search-results] a").First).ToBeVisibleAsync();
        return await HrefsAsync(page, "[data-search-results] a");
    }

    private static async Task WaitForResultsAsync(IPage page, string predicate) =>
        await page.WaitForFunctionAsync(
            $"() => ({predicate})([...document.querySelectorAll('[data-search-results] a')].map(a => a.href))",
            null,
            new PageWaitForFunctionOptions { Timeout = 10_000 });

    /// <summary>
    /// Any URL with the path <paramref name="path"/>, for <c>Expect(page).ToHaveURLAsync</c>. Tests
    /// that follow a link assert on the URL that way, which polls it, and not with
    /// <c>WaitForURLAsync</c>: that reads the URL and then subscribes to the next navigation, and on
    /// a busy machine it misses a navigation that commits in between.
    /// </summary>
    private static Regex AtPath(string path) => new("^https?://[^/]+" + Regex.Escape(path) + "(?:[?#]|$)");

    /// <summary>The article key in a result URL (<c>/en/KEY/#section</c>).</summary>
    private static string KeyOf(string url) => new Uri(url).AbsolutePath.Trim('/').Split('/').Last();

    /// <summary>A URL on the site (this server or the configured absolute site URL) mapped to this server; null for external URLs.</summary>
    private string? ToServer(string url)
    {
        if (url.StartsWith(BrowserFixture.SiteBaseUrl + "/", StringComparison.Ordinal))
        {
            return new Uri(site.BaseUrl, url[BrowserFixture.SiteBaseUrl.Length..]).ToString();
        }

        var origin = site.BaseUrl.GetLeftPart(UriPartial.Authority) + "/";
        return url.StartsWith(origin, StringComparison.Ordinal) ? url : null;
    }

    private async Task AssertOkAsync(BrowserSession s, string url, string what)
    {
        var response = await s.Context.APIRequest.GetAsync(url);
        Assert.True(response.Status == 200, $"{url} ({what}) answered {response.Status}");
    }

    /// <summary>True when the theme's stylesheet is in effect (it zeroes the body margin the browser's default sets).</summary>
    private static async Task<bool> StylesheetAppliedAsync(IPage page) =>
        await page.EvaluateAsync<bool>("() => getComputedStyle(document.body).marginTop === '0px' && [...document.styleSheets].some(s => s.href && s.href.endsWith('site.css'))");

    /// <summary>Relative luminance (WCAG) of a colour property of the body.</summary>
    private static async Task<double> LuminanceAsync(IPage page, string property)
    {
        var color = await page.EvaluateAsync<string>($"() => getComputedStyle(document.body).getPropertyValue('{property}')");
        var match = Regex.Match(color, @"rgba?\((\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?)(?:,\s*([\d.]+))?\)");
        Assert.True(match.Success, $"unexpected {property} on body: {color}");
        if (match.Groups[4].Success)
        {
            Assert.True(double.Parse(match.Groups[4].Value, CultureInfo.InvariantCulture) > 0.99, $"body {property} is transparent: {color}");
        }

        static double Channel(string value)
        {
            var c = double.Parse(value, CultureInfo.InvariantCulture) / 255;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(match.Groups[1].Value)) + (0.7152 * Channel(match.Groups[2].Value)) + (0.0722 * Channel(match.Groups[3].Value));
    }

    /// <summary>The elements that stick out past <paramref name="width"/>, for the failure message.</summary>
    private static async Task<string> WideElementsAsync(IPage page, int width) =>
        await page.EvaluateAsync<string>(
            """
            (width) => [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > width + 0.5)
              .filter(e => !e.closest('[data-sidebar]'))
              .slice(0, 8)
              .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '') + ' right=' + Math.round(e.getBoundingClientRect().right))
              .join('; ')
            """,
            width);
}
