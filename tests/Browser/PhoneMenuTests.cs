using static Microsoft.Playwright.Assertions;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Browser;

/// <summary>The phone menu is a full-height drawer with a backdrop that keeps focus while open.</summary>
[Collection("browser")]
[Trait(Category.Name, Category.Browser)]
public class PhoneMenuTests(BrowserFixture site)
{
    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task At_360_pixels_the_drawer_fills_the_height_keeps_focus_and_closes_on_escape_or_a_tap_outside(string lang)
    {
        await using var s = await site.OpenAsync(Viewports.For(Viewports.Phone));
        await s.GotoAsync(site.Url($"{lang}/order-defect-rate/"));
        var toggle = s.Page.Locator("[data-nav-toggle]");
        var sidebar = s.Page.Locator("[data-sidebar]");

        await toggle.ClickAsync();
        await Expect(sidebar).ToBeVisibleAsync();

        // Full height, from under the header to the bottom of the window, over a backdrop.
        var drawer = await Box.OfAsync(s.Page, "[data-sidebar]");
        var header = await Box.OfAsync(s.Page, ".site-header");
        var height = await s.Page.EvaluateAsync<double>("() => window.innerHeight");
        Assert.True(Math.Abs(drawer.Bottom - height) <= 1 && Math.Abs(drawer.Top - header.Bottom) <= 1, $"drawer {drawer}, header {header}, window {height}px");
        Assert.Equal("\"\"", await s.Page.EvaluateAsync<string>("() => getComputedStyle(document.body, '::after').content"));

        // Tab goes round the menu button and the drawer's links, never into the page behind.
        var stops = await sidebar.Locator("a[href]").CountAsync() + 1;
        for (var i = 0; i < stops + 2; i++)
        {
            await s.Page.Keyboard.PressAsync(i % 3 == 2 ? "Shift+Tab" : "Tab");
            Assert.True(
                await s.Page.EvaluateAsync<bool>("() => document.activeElement.matches('[data-nav-toggle]') || !!document.activeElement.closest('[data-sidebar]')"),
                "focus left the open menu: " + await s.Page.EvaluateAsync<string>("() => document.activeElement.outerHTML.slice(0, 120)"));
        }

        Assert.True(await s.Page.EvaluateAsync<bool>("() => document.querySelector('main').inert"), "the page behind the drawer is not inert");

        await s.Page.Keyboard.PressAsync("Escape");
        await Expect(sidebar).ToBeHiddenAsync();
        await Expect(toggle).ToBeFocusedAsync();
        Assert.False(await s.Page.EvaluateAsync<bool>("() => document.querySelector('main').inert"));

        // A tap on the backdrop, beside the drawer, closes it too.
        await toggle.ClickAsync();
        await Expect(sidebar).ToBeVisibleAsync();
        await s.Page.Touchscreen.TapAsync(345, 500);
        await Expect(sidebar).ToBeHiddenAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        s.AssertNoErrors();
    }

    [Fact]
    public async Task On_a_desktop_the_sidebar_is_always_there_and_there_is_no_menu_button()
    {
        await using var s = await site.OpenAsync(Viewports.For(Viewports.Desktop));
        await s.GotoAsync(site.Url("en/order-defect-rate/"));

        await Expect(s.Page.Locator("[data-nav-toggle]")).ToBeHiddenAsync();
        await Expect(s.Page.Locator("[data-sidebar] a[aria-current=page]")).ToBeVisibleAsync();
        Assert.Equal("none", await s.Page.EvaluateAsync<string>("() => getComputedStyle(document.body, '::after').content"));
        s.AssertNoErrors();
    }
}
