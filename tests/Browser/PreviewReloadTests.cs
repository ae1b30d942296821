using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Browser;

/// <summary><c>preview</c> reloads the open page after its article is edited, in a real browser.</summary>
[Collection("browser")]
[Trait(Category.Name, Category.Browser)]
public class PreviewReloadTests(BrowserFixture browser)
{
    [Fact]
    public async Task Editing_an_article_reloads_the_open_page_with_the_change()
    {
        // Arrange: preview a small site and open an article. The save may land before the page's
        // event stream is open; the stream then tells the page to reload as soon as it opens.
        using var site = TestSite.Create(SiteFixtures.Valid);
        await using var preview = await PreviewHost.StartAsync(site);
        await using var session = await browser.OpenAsync();
        await session.GotoAsync(preview.Url("en/late-shipment-rate/").ToString());

        // Act: save an edit, as an editor would.
        site.Edit("input/en/late-shipment-rate.md", "Text.", "Edited while the page was open.");

        // Assert
        await session.Page.WaitForFunctionAsync("() => document.body.textContent.includes('Edited while the page was open.')", null, new() { Timeout = 15_000 });
        session.AssertNoErrors();
    }
}
