using AppealHandbook.Core;
using AppealHandbook.Pipeline;
using AppealHandbook.Tests.TestKit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace AppealHandbook.Tests.Browser;

/// <summary>
/// The real handbook (<c>input/</c>) built once, served on 127.0.0.1 as a static host would, with
/// one headless Chromium: for pages whose behaviour depends on the real content, such as the
/// notice decoder reading real notices.
/// </summary>
public sealed class RealSiteFixture : IAsyncLifetime
{
    private WebApplication? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The temporary folder holding the built site.</summary>
    public string Root { get; } = Directory.CreateTempSubdirectory("handbook-real-browser-").FullName;

    /// <summary>The site's URL, ending in a slash.</summary>
    public Uri RootUrl { get; private set; } = null!;

    /// <summary>An absolute URL for a site-relative path such as <c>en/notice/</c>.</summary>
    public string Url(string path) => new Uri(RootUrl, path).ToString();

    /// <summary>A fresh context and page that record errors (see <see cref="BrowserSession"/>).</summary>
    public async Task<BrowserSession> OpenAsync(BrowserNewContextOptions? options = null)
    {
        var context = await (browser ?? throw new InvalidOperationException("The fixture has not started."))
            .NewContextAsync(options ?? new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        context.SetDefaultTimeout(10_000);
        return new BrowserSession(context, await context.NewPageAsync());
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath))
        {
            throw new InvalidOperationException($"The browser tests need Chromium at {BrowserFixture.ChromiumPath}: apt-get install -y chromium");
        }

        var output = Path.Combine(Root, "output");
        var result = SiteBuilder.Build(new BuildOptions
        {
            InputDirectory = Repository.Input,
            OutputDirectory = output,
            ThemeDirectory = Repository.Theme,
            DisplayRoot = Repository.Root,
        });
        Assert.True(result.Succeeded, "The handbook does not build:\n" + string.Join("\n", result.Diagnostics));
        (server, RootUrl) = await BrowserFixture.StartAsync(output, pathBase: null);
        Assertions.SetDefaultExpectTimeout(10_000);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.StopAsync();
            await server.DisposeAsync();
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}

/// <summary>Tests in this collection share one build of the real handbook in a browser.</summary>
[CollectionDefinition("real site in a browser")]
public sealed class RealSiteCollection : ICollectionFixture<RealSiteFixture>;
