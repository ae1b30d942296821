using static Microsoft.Playwright.Assertions;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Browser;

/// <summary>The 404 page is styled, its links work and it offers a real search box, at a domain's root and under a sub-path.</summary>
[Collection("browser")]
[Trait(Category.Name, Category.Browser)]
public class NotFoundTests(BrowserFixture site)
{
    [Theory]
    [InlineData(Viewports.Desktop, false)]
    [InlineData(Viewports.Phone, false)]
    [InlineData(Viewports.Desktop, true)]
    [InlineData(Viewports.Phone, true)]
    public async Task A_deep_unknown_path_shows_the_styled_page_whose_search_box_finds_the_article(string viewport, bool underBasePath)
    {
        await using var s = await site.OpenAsync(Viewports.For(viewport));
        var url = underBasePath ? site.BaseCopyUrl("zh/no/such/page/") : site.Url("zh/no/such/page/");
        s.Allow(m => m.Contains("status of 404", StringComparison.Ordinal) && m.Contains(url, StringComparison.Ordinal));

        await s.GotoAsync(url, status: 404);

        Assert.True(
            await s.Page.EvaluateAsync<bool>("() => getComputedStyle(document.body).marginTop === '0px'"),
            "site.css did not apply to the 404 page at " + url);
        var input = s.Page.Locator("form[role=search][action$='zh/search/'] input[name=q]");
        await Expect(input).ToBeVisibleAsync();
        Assert.Empty(await s.Page.Locator("main").GetByText("/search/").AllAsync()); // no raw path in place of a box

        await input.FillAsync("订单缺陷率");
        await input.PressAsync("Enter");

        await Expect(s.Page.Locator("[data-search-results] a").First).ToBeVisibleAsync();
        var first = await s.Page.Locator("[data-search-results] a").First.EvaluateAsync<string>("a => a.href");
        Assert.Equal((underBasePath ? BrowserFixture.BasePath : "/") + "zh/order-defect-rate/", new Uri(first).AbsolutePath);
        s.AssertNoErrors();
    }
}
