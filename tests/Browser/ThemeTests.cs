using AppealHandbook.Tests.TestKit;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static AppealHandbook.Tests.Browser.BrowserKit;

namespace AppealHandbook.Tests.Browser;

/// <summary>
/// In a real browser (headless Chromium): dark mode follows the system, and print shows the article
/// without navigation. Every test also fails on any console error or uncaught exception.
/// </summary>
[Collection("browser")]
[Trait(Category.Name, Category.Browser)]
public class ThemeTests(BrowserFixture site)
{
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
}
