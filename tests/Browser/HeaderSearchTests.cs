using AppealHandbook.Tests.TestKit;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static AppealHandbook.Tests.Browser.BrowserKit;

namespace AppealHandbook.Tests.Browser;

/// <summary>
/// In a real browser (headless Chromium): the search box in every page's header: keyboard
/// suggestions, submitting to the search page, and typing that never waits for a search. Every
/// test also fails on any console error or uncaught exception.
/// </summary>
[Collection("browser")]
[Trait(Category.Name, Category.Browser)]
public class HeaderSearchTests(BrowserFixture site)
{
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
}
