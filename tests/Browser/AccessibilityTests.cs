using System.Globalization;
using System.Text;
using AppealHandbook.Tests.TestKit;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static AppealHandbook.Tests.Browser.BrowserKit;

namespace AppealHandbook.Tests.Browser;

/// <summary>
/// In a real browser (headless Chromium): axe finds no serious or critical violation on any page
/// type, in dark mode, or in the open phone menu and suggestions. Every test also fails on any
/// console error or uncaught exception.
/// </summary>
[Collection("browser")]
[Trait(Category.Name, Category.Browser)]
public class AccessibilityTests(BrowserFixture site)
{
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
}
