using AppealHandbook.Tests.TestKit;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static AppealHandbook.Tests.Browser.BrowserKit;

namespace AppealHandbook.Tests.Browser;

/// <summary>
/// In a real browser (headless Chromium): the search box in every page's header: keyboard
/// suggestions, submitting to the search page, and typing that only resets a timer until it
/// pauses. Every test also fails on any console error or uncaught exception.
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
    public async Task Typing_in_the_header_box_only_resets_a_timer_until_typing_pauses()
    {
        // The page's clock is the test's: however slow the machine is between two keys, no search
        // can start while the keys come. How long a search holds the main thread is measured by
        // bench/typing_latency.js, not asserted here.
        await using var s = await site.OpenAsync();
        await s.Page.Clock.InstallAsync();
        await s.GotoAsync(site.Url("en/order-defect-rate/"));
        await s.Page.Clock.PauseAtAsync(DateTime.Now.AddSeconds(10));
        var searches = new List<string>();
        s.Page.Request += (_, request) =>
        {
            if (request.Url.Contains("/search/", StringComparison.Ordinal))
            {
                lock (searches)
                {
                    searches.Add(request.Url);
                }
            }
        };
        var input = s.Page.Locator("input[data-search-input]");
        var first = s.Page.Locator("#search-suggestions [role=option]").First;

        await s.Page.Keyboard.PressAsync("/");
        await s.Page.Keyboard.TypeAsync("why was my account deactivated for a late shipment rate");
        await s.Page.Clock.RunForAsync(119);

        // Every key is in the box, and nothing was searched: the input events only reset the timer.
        Assert.Equal("why was my account deactivated for a late shipment rate", await input.InputValueAsync());
        await Expect(s.Page.Locator("#search-suggestions")).ToBeHiddenAsync();
        lock (searches)
        {
            Assert.Empty(searches);
        }

        // The pause is over: the search runs once, for the whole question.
        await s.Page.Clock.RunForAsync(1);
        await Expect(first).ToBeVisibleAsync();
        lock (searches)
        {
            Assert.NotEmpty(searches);
        }

        s.AssertNoErrors();
    }
}
