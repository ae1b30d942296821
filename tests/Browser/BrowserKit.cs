using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AppealHandbook.Tests.Browser;

/// <summary>Helpers the browser tests share: phone options, search results, URLs, styles and layout.</summary>
internal static class BrowserKit
{
    internal static BrowserNewContextOptions Phone() => new()
    {
        ViewportSize = new ViewportSize { Width = 360, Height = 740 },
        IsMobile = true,
        HasTouch = true,
        DeviceScaleFactor = 2,
    };

    /// <summary>The resolved hrefs of the links <paramref name="selector"/> matches.</summary>
    internal static async Task<List<string>> HrefsAsync(IPage page, string selector) =>
        [.. await page.Locator(selector).EvaluateAllAsync<string[]>("links => links.map(a => a.href)")];

    /// <summary>Waits for the search results and returns their resolved hrefs, best first.</summary>
    internal static async Task<List<string>> ResultsAsync(IPage page)
    {
        await Expect(page.Locator("[data-search-results] a").First).ToBeVisibleAsync();
        return await HrefsAsync(page, "[data-search-results] a");
    }

    internal static async Task WaitForResultsAsync(IPage page, string predicate) =>
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
    internal static Regex AtPath(string path) => new("^https?://[^/]+" + Regex.Escape(path) + "(?:[?#]|$)");

    /// <summary>The article key in a result URL (<c>/en/KEY/#section</c>).</summary>
    internal static string KeyOf(string url) => new Uri(url).AbsolutePath.Trim('/').Split('/').Last();

    /// <summary>A URL on the site (this server or the configured absolute site URL) mapped to this server; null for external URLs.</summary>
    internal static string? ToServer(BrowserFixture site, string url)
    {
        if (url.StartsWith(BrowserFixture.SiteBaseUrl + "/", StringComparison.Ordinal))
        {
            return new Uri(site.BaseUrl, url[BrowserFixture.SiteBaseUrl.Length..]).ToString();
        }

        var origin = site.BaseUrl.GetLeftPart(UriPartial.Authority) + "/";
        return url.StartsWith(origin, StringComparison.Ordinal) ? url : null;
    }

    internal static async Task AssertOkAsync(BrowserSession s, string url, string what)
    {
        var response = await s.Context.APIRequest.GetAsync(url);
        Assert.True(response.Status == 200, $"{url} ({what}) answered {response.Status}");
    }

    /// <summary>True when the theme's stylesheet is in effect (it zeroes the body margin the browser's default sets).</summary>
    internal static async Task<bool> StylesheetAppliedAsync(IPage page) =>
        await page.EvaluateAsync<bool>("() => getComputedStyle(document.body).marginTop === '0px' && [...document.styleSheets].some(s => s.href && s.href.endsWith('site.css'))");

    /// <summary>Relative luminance (WCAG) of a colour property of the body.</summary>
    internal static async Task<double> LuminanceAsync(IPage page, string property)
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
    internal static async Task<string> WideElementsAsync(IPage page, int width) =>
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
