using AppealHandbook.Tests.TestKit;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static AppealHandbook.Tests.Browser.BrowserKit;

namespace AppealHandbook.Tests.Browser;

/// <summary>
/// In a real browser (headless Chromium): the language switch lands on the counterpart page and
/// keeps the reader's section. Every test also fails on any console error or uncaught exception.
/// </summary>
[Collection("browser")]
[Trait(Category.Name, Category.Browser)]
public class LanguageSwitchTests(BrowserFixture site)
{
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
}
