using static Microsoft.Playwright.Assertions;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Browser;

/// <summary>"On this page": folded on phones; a column beside the article on wide screens that marks the section in view.</summary>
[Collection("browser")]
[Trait(Category.Name, Category.Browser)]
public class ContentsTests(BrowserFixture site)
{
    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task At_360_pixels_the_contents_are_folded_until_asked_for(string lang)
    {
        await using var s = await site.OpenAsync(Viewports.For(Viewports.Phone));
        await s.GotoAsync(site.Url($"{lang}/order-defect-rate/"));
        var toc = s.Page.Locator("[data-toc]");
        var list = toc.Locator("ol").First;

        await Expect(toc.Locator("summary")).ToBeVisibleAsync();
        await Expect(list).ToBeHiddenAsync();
        var folded = await Box.OfAsync(s.Page, "[data-toc]");
        Assert.True(folded.Bottom - folded.Top < 90, $"the folded contents are {folded.Bottom - folded.Top}px tall");

        await toc.Locator("summary").ClickAsync();
        await Expect(list).ToBeVisibleAsync();

        // Each entry is a tap target at least 24 px tall.
        var heights = await toc.Locator("a").EvaluateAllAsync<double[]>("links => links.map(a => a.getBoundingClientRect().height)");
        Assert.All(heights, h => Assert.True(h >= 24, $"a contents link is {h}px tall"));

        // Choosing a section folds the list again, so it does not cover the section.
        await toc.Locator("a[href='#causes']").ClickAsync();
        await Expect(list).ToBeHiddenAsync();
        await Expect(s.Page.Locator("#causes")).ToBeInViewportAsync();
        s.AssertNoErrors();
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task At_1366_pixels_the_contents_stand_beside_the_article_and_mark_the_section_in_view(string lang)
    {
        await using var s = await site.OpenAsync(Viewports.For(Viewports.Desktop));
        await s.GotoAsync(site.Url($"{lang}/order-defect-rate/"));
        var toc = s.Page.Locator("[data-toc]");
        await Expect(toc.Locator("ol").First).ToBeVisibleAsync();

        var column = await Box.OfAsync(s.Page, "[data-toc]");
        var prose = await Box.OfAsync(s.Page, ".article > .prose");
        Assert.True(column.Left >= prose.Right, $"the contents {column} are not beside the text {prose}");

        await s.Page.EvaluateAsync("() => document.getElementById('overview').scrollIntoView()");
        await Expect(toc.Locator("a[href='#overview']")).ToHaveAttributeAsync("aria-current", "location");

        await s.Page.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)");
        await Expect(toc.Locator("a[href='#causes']")).ToHaveAttributeAsync("aria-current", "location");
        await Expect(toc.Locator("a[href='#overview']")).Not.ToHaveAttributeAsync("aria-current", "location");
        await Expect(toc).ToBeInViewportAsync();
        s.AssertNoErrors();
    }
}
