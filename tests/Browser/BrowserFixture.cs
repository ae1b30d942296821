using AppealHandbook.Tests.TestKit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace AppealHandbook.Tests.Browser;

/// <summary>
/// The small test site built twice (at the domain root and under <c>/appeal-handbook/</c>), each
/// copy served by its own Kestrel static file server on 127.0.0.1, and one headless Chromium that
/// every browser test opens its pages in.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Where the browser tests expect Chromium; <c>.ci/run</c> installs it there.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>The sub-path the second copy is built for and served under.</summary>
    public const string BasePath = "/appeal-handbook/";

    /// <summary>The absolute site URL from the fixture's <c>site.yml</c>.</summary>
    public const string SiteBaseUrl = "https://example.org";

    private TestSite? rootSite;
    private TestSite? baseSite;
    private WebApplication? rootServer;
    private WebApplication? baseServer;
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>
    /// <see cref="SiteFixtures.Valid"/> plus what a browser should see on a real page: a glossary
    /// term in running text (its tooltip), a wide table and a long code line (phone widths), as
    /// the real articles have.
    /// </summary>
    public static string Fixture =>
        SiteFixtures.Valid
        + SiteFixtures.Article("zh", "late-shipment-rate", "迟发率", body:
            """
            见[另一篇](xref:order-defect-rate#causes)。迟发过多的订单往往也会推高订单缺陷率，两项指标要一起看。
            """)
        + SiteFixtures.Article("en", "late-shipment-rate", "Late shipment rate", body:
            """
            See [the other](xref:order-defect-rate#causes). Late orders often raise the ODR as well, so read both metrics together.
            """)
        + SiteFixtures.Article("zh", "order-defect-rate", "订单缺陷率", body:
            """
            见[迟发率](xref:late-shipment-rate)。订单缺陷包括三类：

            | 缺陷 | 计入什么 | 需要知道 |
            |---|---|---|
            | 负面反馈 | 买家给出的一星或二星卖家反馈 | 按订单日期计入，而不是买家留下评分的日期 |
            | 亚马逊商城交易保障索赔 | 买家针对第三方订单提出的保障索赔 | 只有部分索赔结果计入，例如被驳回的索赔不计入 |

            ```text
            已采取的纠正措施：[日期] 回复了所有未处理的买家消息，并在收到通知后 24 小时内联系了受影响订单的买家。
            ```
            """)
        + SiteFixtures.Article("en", "order-defect-rate", "Order defect rate", body:
            """
            See [late shipments](xref:late-shipment-rate). Three kinds of defect count:

            | Defect | What counts | Worth knowing |
            |---|---|---|
            | Negative feedback | A one- or two-star seller feedback rating | Counted against the order date, not the day the buyer left the rating |
            | A-to-z Guarantee claim | A buyer claim under the guarantee on a third-party order | Only some claim outcomes count; a denied claim, for example, does not |

            ```text
            Corrective actions taken - [date] Answered all open buyer messages; contacted the buyers of the affected orders within 24 hours of the notice.
            ```
            """);

    /// <summary>The site built for the domain root.</summary>
    public TestSite Site => rootSite ?? throw NotStarted();

    /// <summary>The site built with <see cref="BasePath"/>.</summary>
    public TestSite BasePathSite => baseSite ?? throw NotStarted();

    /// <summary>The root copy's URL, ending in a slash (<c>http://127.0.0.1:PORT/</c>).</summary>
    public Uri RootUrl { get; private set; } = null!;

    /// <summary>The base-path copy's URL, ending in a slash (<c>http://127.0.0.1:PORT/appeal-handbook/</c>).</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The headless Chromium.</summary>
    public IBrowser Browser => browser ?? throw NotStarted();

    /// <summary>An absolute URL on the root copy for a site-relative path such as <c>zh/search/?q=x</c>.</summary>
    public string Url(string path) => new Uri(RootUrl, path).ToString();

    /// <summary>An absolute URL on the base-path copy.</summary>
    public string BaseCopyUrl(string path) => new Uri(BaseUrl, path).ToString();

    /// <summary>
    /// A fresh browser context and page whose console errors, uncaught exceptions and failed
    /// requests are recorded; call <see cref="BrowserSession.AssertNoErrors"/> at the end.
    /// </summary>
    public async Task<BrowserSession> OpenAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        context.SetDefaultTimeout(10_000);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page);
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        // Fail, never skip: a missing browser must not make the suite look green.
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"The browser tests need Chromium at {ChromiumPath}: install chromium: apt-get install -y chromium");
        }

        rootSite = TestSite.Create(Fixture);
        rootSite.Build();
        baseSite = TestSite.Create(Fixture);
        baseSite.Build(basePath: BasePath);

        (rootServer, RootUrl) = await StartAsync(rootSite.Output, pathBase: null);
        (baseServer, var baseOrigin) = await StartAsync(baseSite.Output, pathBase: BasePath.TrimEnd('/'));
        BaseUrl = new Uri(baseOrigin, BasePath);

        // As long as the contexts' own time-out: on a busy two-core machine a page can take more than
        // the default five seconds to show what an assertion waits for.
        Assertions.SetDefaultExpectTimeout(10_000);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
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
        foreach (var server in new[] { rootServer, baseServer })
        {
            if (server is not null)
            {
                await server.StopAsync();
                await server.DisposeAsync();
            }
        }

        rootSite?.Dispose();
        baseSite?.Dispose();
    }

    /// <summary>
    /// Serves <paramref name="folder"/> as a static host would: <c>index.html</c> for a folder,
    /// and <c>404.html</c> with status 404 for anything else. With <paramref name="pathBase"/>
    /// the files are only found under that prefix, so a link that forgets the base path is a 404
    /// (as it would be on GitHub Pages).
    /// </summary>
    internal static async Task<(WebApplication App, Uri Url)> StartAsync(string folder, string? pathBase)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = folder,
            EnvironmentName = "Production",
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var files = new PhysicalFileProvider(folder);

        async Task NotFound(HttpContext context)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(files.GetFileInfo("404.html"));
        }

        // A Map branch never falls back to the outer pipeline, so it ends in the 404 page too.
        void ServeSite(IApplicationBuilder site)
        {
            site.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            site.UseStaticFiles(new StaticFileOptions { FileProvider = files });
            site.Run(NotFound);
        }

        if (pathBase is null)
        {
            ServeSite(app);
        }
        else
        {
            app.Map(pathBase, ServeSite);
            app.Run(NotFound);
        }

        await app.StartAsync();
        var address = app.Urls.Single();
        return (app, new Uri(address.TrimEnd('/') + "/"));
    }

    private static InvalidOperationException NotStarted() => new("The browser fixture has not started.");
}

/// <summary>Tests in this collection share one built site, its servers and one Chromium.</summary>
[CollectionDefinition("browser")]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;

/// <summary>One browser context and page, with every console error and page error it produced.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly List<string> errors = [];
    private readonly List<Func<string, bool>> expected = [];

    internal BrowserSession(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Record($"console error: {message.Text} (at {message.Location})");
            }
        };
        page.PageError += (_, error) => Record("page error: " + error);
        page.RequestFailed += (_, request) =>
        {
            // A request cut short by leaving the page (a search still loading when Enter navigates) is not a fault.
            if (request.Failure?.Contains("ERR_ABORTED", StringComparison.Ordinal) != true)
            {
                Record($"request failed: {request.Method} {request.Url}: {request.Failure}");
            }
        };
    }

    /// <summary>The context (for options such as the viewport).</summary>
    public IBrowserContext Context { get; }

    /// <summary>The page.</summary>
    public IPage Page { get; }

    /// <summary>What went wrong so far.</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (errors)
            {
                return [.. errors];
            }
        }
    }

    /// <summary>Navigates and fails unless the response has <paramref name="status"/>.</summary>
    public async Task<IResponse> GotoAsync(string url, int status = 200)
    {
        var response = await Page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.True(response is not null, "No response for " + url);
        Assert.True(response.Status == status, $"{url} answered {response.Status}, expected {status}");
        return response;
    }

    /// <summary>Lets one kind of error message through (the browser's own log line for a page that is a 404 on purpose).</summary>
    public void Allow(Func<string, bool> isExpected) => expected.Add(isExpected);

    /// <summary>Fails with every console error, page error and failed request the page produced.</summary>
    public void AssertNoErrors()
    {
        var found = Errors;
        Assert.True(found.Count == 0, "The page reported errors:\n" + string.Join("\n", found));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await Context.CloseAsync();

    private void Record(string message)
    {
        if (expected.Any(e => e(message)))
        {
            return;
        }

        lock (errors)
        {
            errors.Add(message);
        }
    }
}
