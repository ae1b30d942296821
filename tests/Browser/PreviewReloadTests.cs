using System.Net;
using System.Net.Sockets;
using AppealHandbook.Cli;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Browser;

/// <summary><c>preview</c> reloads the open page after its article is edited, in a real browser.</summary>
[Collection("browser")]
public class PreviewReloadTests(BrowserFixture browser)
{
    [Fact]
    public async Task Editing_an_article_reloads_the_open_page_with_the_change()
    {
        // Arrange: preview a small site on a free port.
        using var site = TestSite.Create(SiteFixtures.Valid);
        var port = FreePort();
        using var stop = new CancellationTokenSource();
        using var server = new PreviewServer(site.Options(basePath: "/") with { CheckBuiltLinks = false }, port);
        var running = server.RunAsync(stop.Token);
        await using var session = await browser.OpenAsync();
        await WaitForServerAsync(port);
        await session.GotoAsync($"http://localhost:{port}/en/late-shipment-rate/");
        await Task.Delay(500); // let the page open its event stream

        // Act: save an edit, as an editor would.
        site.Edit("input/en/late-shipment-rate.md", "Text.", "Edited while the page was open.");

        // Assert
        await session.Page.WaitForFunctionAsync("() => document.body.textContent.includes('Edited while the page was open.')", null, new() { Timeout = 15_000 });
        session.AssertNoErrors();
        await stop.CancelAsync();
        await running;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForServerAsync(int port)
    {
        using var client = new HttpClient();
        for (var i = 0; i < 100; i++)
        {
            try
            {
                await client.GetAsync(new Uri($"http://localhost:{port}/"));
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        Assert.Fail("preview did not start");
    }
}
