using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Browser;

/// <summary><c>preview</c> shows a broken save's errors over the open page, and removes them once the site builds again, in a real browser.</summary>
[Trait(Category.Name, Category.Browser)]
[Collection("browser")]
public class PreviewErrorOverlayBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_broken_save_shows_its_errors_over_the_page_until_it_is_fixed()
    {
        // Arrange
        using var site = TestSite.Create(SiteFixtures.Valid);
        await using var preview = await PreviewHost.StartAsync(site);
        await using var session = await browser.OpenAsync();
        await session.GotoAsync(preview.Url("en/late-shipment-rate/").ToString());

        // Act: a save that breaks the build.
        site.Edit("input/en/late-shipment-rate.md", "type: metrics", "type: no-such-type");

        // Assert: the overlay names the file and the code; the last good page is still there.
        await session.Page.WaitForFunctionAsync(
            "() => { const o = document.getElementById('preview-build-errors'); return o && o.textContent.includes('input/en/late-shipment-rate.md') && o.textContent.includes('FM007'); }",
            null, new() { Timeout = 15_000 });
        Assert.Contains("Late shipment rate", await session.Page.TextContentAsync("h1") ?? "", StringComparison.Ordinal);

        // Act: the fix.
        site.Edit("input/en/late-shipment-rate.md", "type: no-such-type", "type: metrics");

        // Assert
        await session.Page.WaitForFunctionAsync("() => !document.getElementById('preview-build-errors')", null, new() { Timeout = 15_000 });
        session.AssertNoErrors();
    }
}
