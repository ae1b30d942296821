using System.Net;
using System.Net.Sockets;
using AppealHandbook.Core;
using AppealHandbook.Cli;
using AppealHandbook.Cli.Preview;
using AppealHandbook.Pipeline;

namespace AppealHandbook.Tests.TestKit;

/// <summary><c>preview</c> serving a <see cref="TestSite"/> on a free local port, stopped when disposed.</summary>
internal sealed class PreviewHost : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly PreviewServer server;
    private readonly Task<int> running;

    private PreviewHost(TestSite site, int port, Func<BuildOptions, BuildResult>? buildSite)
    {
        // The site under test is built in memory; checking its links again on every rebuild adds nothing here.
        var options = site.Options(basePath: "/") with { CheckBuiltLinks = false };
        server = buildSite is null ? new PreviewServer(options, port) : new PreviewServer(options, port) { BuildSite = buildSite };

        running = server.RunAsync(stop.Token);
        Origin = new Uri($"http://localhost:{port}/");
    }

    /// <summary><c>http://localhost:PORT/</c>.</summary>
    public Uri Origin { get; }

    /// <summary>A client for the server, without a time-out shorter than a busy machine needs.</summary>
    public HttpClient Client { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>
    /// Starts serving <paramref name="site"/> and returns once the server answers; with
    /// <paramref name="buildSite"/>, every full build goes through it.
    /// </summary>
    public static async Task<PreviewHost> StartAsync(TestSite site, Func<BuildOptions, BuildResult>? buildSite = null)
    {
        var host = new PreviewHost(site, FreePort(), buildSite);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await host.Client.GetAsync(host.Origin);
                return host;
            }
            catch (HttpRequestException) when (waited.Elapsed < TimeSpan.FromSeconds(20) && !host.running.IsCompleted)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>An absolute URL on the server for a site path such as <c>en/late-shipment-rate/</c>.</summary>
    public Uri Url(string path) => new(Origin, path);

    /// <summary>The text served at <paramref name="path"/>.</summary>
    public Task<string> GetAsync(string path) => Client.GetStringAsync(Url(path));

    /// <summary>Polls <paramref name="path"/> until its text contains <paramref name="text"/> (a rebuild has published it), and returns that text.</summary>
    public async Task<string> WaitForTextAsync(string path, string text)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var served = await GetAsync(path);
            if (served.Contains(text, StringComparison.Ordinal))
            {
                return served;
            }

            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(20), $"/{path} never showed \"{text}\"");
            await Task.Delay(50);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await running;
        Client.Dispose();
        stop.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
