using static Microsoft.Playwright.Assertions;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Browser;

/// <summary>
/// The comforts a docs site has: copy buttons on code blocks, section links that copy their
/// address, the glossary's A–Z, a prefilled "report a problem" link, and on phones the brand and
/// a search placeholder that fits.
/// </summary>
[Collection("browser")]
[Trait(Category.Name, Category.Browser)]
public class ReadingAidsTests(BrowserFixture site)
{
    [Theory]
    [InlineData(Viewports.Desktop, "en")]
    [InlineData(Viewports.Phone, "zh")]
    public async Task A_code_block_copies_its_text(string viewport, string lang)
    {
        await using var s = await site.OpenAsync(Viewports.For(viewport));
        await s.GotoAsync(site.Url($"{lang}/order-defect-rate/"));
        var button = s.Page.Locator(".prose .code-block [data-copy-button]").First;

        await button.ClickAsync();

        var code = await s.Page.Locator(".prose pre code").First.TextContentAsync();
        Assert.Equal(code, await s.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await Expect(button).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-done"));
        s.AssertNoErrors();
    }

    [Theory]
    [InlineData(Viewports.Desktop, "en")]
    [InlineData(Viewports.Phone, "zh")]
    public async Task A_heading_link_copies_the_address_of_its_section(string viewport, string lang)
    {
        await using var s = await site.OpenAsync(Viewports.For(viewport));
        await s.GotoAsync(site.Url($"{lang}/order-defect-rate/"));
        var link = s.Page.Locator("#causes [data-heading-link]");
        await Expect(link).ToHaveAttributeAsync("href", "#causes");

        await s.Page.Locator("#causes").HoverAsync();
        await link.ClickAsync();

        Assert.Equal(site.Url($"{lang}/order-defect-rate/#causes"), await s.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        Assert.Equal("#causes", await s.Page.EvaluateAsync<string>("() => location.hash"));
        s.AssertNoErrors();
    }

    [Theory]
    [InlineData(Viewports.Desktop, "en")]
    [InlineData(Viewports.Phone, "zh")]
    public async Task The_glossary_jump_list_leads_to_its_letters(string viewport, string lang)
    {
        await using var s = await site.OpenAsync(Viewports.For(viewport));
        await s.GotoAsync(site.Url($"{lang}/glossary/"));
        var letters = s.Page.Locator(".glossary-az a");
        Assert.True(await letters.CountAsync() > 0, "no A–Z jump list");

        await letters.First.ClickAsync();

        var target = (await letters.First.GetAttributeAsync("href"))!;
        await Expect(s.Page.Locator(target)).ToBeInViewportAsync();
        Assert.True(await s.Page.Locator($".glossary-group:has({target}) .glossary-term").CountAsync() > 0, "no terms under " + target);
        s.AssertNoErrors();
    }

    [Theory]
    [InlineData(Viewports.Desktop, "en")]
    [InlineData(Viewports.Phone, "zh")]
    public async Task The_report_link_opens_a_prefilled_issue_in_the_repository(string viewport, string lang)
    {
        await using var s = await site.OpenAsync(Viewports.For(viewport));
        await s.GotoAsync(site.Url($"{lang}/order-defect-rate/"));

        var href = (await s.Page.Locator("a[data-report-link]").GetAttributeAsync("href"))!;

        Assert.StartsWith("https://github.com/example/handbook/issues/new?title=", href, StringComparison.Ordinal);
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(href).Query);
        Assert.Equal(await s.Page.Locator("h1").TextContentAsync(), query["title"]);
        Assert.Contains($"{BrowserFixture.SiteBaseUrl}/{lang}/order-defect-rate/", query["body"], StringComparison.Ordinal);
        s.AssertNoErrors();
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task At_360_pixels_the_brand_shows_and_the_search_placeholder_fits(string lang)
    {
        await using var s = await site.OpenAsync(Viewports.For(Viewports.Phone));
        await s.GotoAsync(site.Url($"{lang}/order-defect-rate/"));

        await Expect(s.Page.Locator(".brand")).ToBeVisibleAsync();
        await Expect(s.Page.Locator(".brand")).ToBeInViewportAsync(new() { Ratio = 1 });
        var room = await s.Page.Locator("[data-search-input]").EvaluateAsync<double[]>(
            """
            input => {
              const style = getComputedStyle(input);
              const context = document.createElement('canvas').getContext('2d');
              context.font = style.font;
              const free = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
              return [context.measureText(input.placeholder).width, free];
            }
            """);
        Assert.True(room[0] <= room[1], $"the placeholder needs {room[0]:0}px and has {room[1]:0}px");
        s.AssertNoErrors();
    }
}
