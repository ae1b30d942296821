using System.Text.RegularExpressions;
using AppealHandbook.Tests.TestKit;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static AppealHandbook.Tests.Browser.BrowserKit;

namespace AppealHandbook.Tests.Browser;

/// <summary>
/// In a real browser (headless Chromium): the search page: Chinese queries, cross-language queries,
/// the type filter and its history, a typo and its correction. Every test also fails on any
/// console error or uncaught exception.
/// </summary>
[Collection("browser")]
[Trait(Category.Name, Category.Browser)]
public class SearchPageTests(BrowserFixture site)
{
    private static readonly string[] GuideKeys = ["glossary", "disclaimer", "plan-of-action"];
    private static readonly string[] MetricKeys = ["late-shipment-rate", "order-defect-rate"];

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
}
