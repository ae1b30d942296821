using AppealHandbook.Core;
using AppealHandbook.Pipeline;
using AppealHandbook.Tests.TestKit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace AppealHandbook.Tests.Browser;

/// <summary>
/// The real handbook (<c>input/</c>) built once, served by a static file server on 127.0.0.1, and
/// one headless Chromium: for the Plan of Action builder and the evidence checklists, which need
/// the real building blocks and articles.
/// </summary>
public sealed class RealHandbookBrowserFixture : IAsyncLifetime
{
    private string? root;
    private WebApplication? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>Where the site was written.</summary>
    public string Output => Path.Combine(root ?? throw NotStarted(), "output");

    /// <summary>The server's URL, ending in a slash.</summary>
    public Uri RootUrl { get; private set; } = null!;

    /// <summary>An absolute URL for a site path such as <c>zh/poa-builder/?key=x</c>.</summary>
    public string Url(string path) => new Uri(RootUrl, path).ToString();

    /// <summary>A fresh context and page recording errors (see <see cref="BrowserSession"/>).</summary>
    public async Task<BrowserSession> OpenAsync(BrowserNewContextOptions? options = null)
    {
        var context = await (browser ?? throw NotStarted()).NewContextAsync(options ?? new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(15_000);
        return new BrowserSession(context, await context.NewPageAsync());
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath))
        {
            throw new InvalidOperationException($"The browser tests need Chromium at {BrowserFixture.ChromiumPath}: apt-get install -y chromium");
        }

        root = Directory.CreateTempSubdirectory("handbook-real-browser-").FullName;
        var result = SiteBuilder.Build(new BuildOptions
        {
            InputDirectory = Repository.Input,
            OutputDirectory = Output,
            ThemeDirectory = Repository.Theme,
            DisplayRoot = Repository.Root,
            CheckBuiltLinks = false, // the real handbook's own tests check its links
            MaxDegreeOfParallelism = 2,
        });
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The real handbook does not build:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == Severity.Error).Take(20)));
        }

        (server, var url) = await BrowserFixture.StartAsync(Output, pathBase: null);
        RootUrl = url;
        Assertions.SetDefaultExpectTimeout(15_000);
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
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.StopAsync();
            await server.DisposeAsync();
        }

        if (root is not null)
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless.
            }
        }
    }

    private static InvalidOperationException NotStarted() => new("The real-handbook browser fixture has not started.");
}

/// <summary>Tests in this collection share one build of the real handbook, its server and one Chromium.</summary>
[CollectionDefinition("real handbook browser")]
public sealed class RealHandbookBrowserCollection : ICollectionFixture<RealHandbookBrowserFixture>;
