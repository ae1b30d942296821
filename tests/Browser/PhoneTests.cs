using AppealHandbook.Tests.TestKit;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static AppealHandbook.Tests.Browser.BrowserKit;

namespace AppealHandbook.Tests.Browser;

/// <summary>
/// In a real browser (headless Chromium): at phone width (360 pixels): nothing scrolls sideways,
/// and the menu button opens and closes the sidebar. Every test also fails on any console error or
/// uncaught exception.
/// </summary>
[Collection("browser")]
[Trait(Category.Name, Category.Browser)]
public class PhoneTests(BrowserFixture site)
{
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
}
