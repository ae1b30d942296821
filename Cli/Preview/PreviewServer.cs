using AppealHandbook.Core;
using AppealHandbook.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AppealHandbook.Cli.Preview;

/// <summary>
/// <c>preview</c>: builds the site in memory, serves it with Kestrel on localhost, rebuilds when a
/// file under <c>input/</c> or the theme changes, and tells open pages to reload.
/// </summary>
/// <remarks>
/// The parts, one concern each: <see cref="SourceWatcher"/> (which files changed),
/// <see cref="PreviewRebuilds"/> (what to rebuild, and when to serve it), <see cref="ServedSite"/>
/// (what is served), <see cref="ServeFiles"/> (HTTP) and <see cref="ReloadEvents"/> (the event stream).
/// </remarks>
internal sealed class PreviewServer(BuildOptions options, int port)
{
    private readonly ServedSite _site = new();
    private readonly ReloadEvents _events = new();

    /// <summary>Runs a full build in memory (tests wrap it; see <see cref="PreviewRebuilds.BuildSite"/>).</summary>
    internal Func<BuildOptions, BuildResult>? BuildSite { get; init; }

    /// <summary>Serves until <paramref name="stop"/> is cancelled (Ctrl+C when run from the command line).</summary>
    public async Task<int> RunAsync(CancellationToken stop = default)
    {
        // A page rebuilt after a save must not wait for a blocking full collection of a heap that
        // holds a whole large site.
        System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.SustainedLowLatency;
        var rebuilds = BuildSite is null
            ? new PreviewRebuilds(options, _site, _events)
            : new PreviewRebuilds(options, _site, _events) { BuildSite = BuildSite };
        if (!rebuilds.BuildFirst())
        {
            Console.WriteLine("Fix the errors above; preview keeps watching and serves the site once it builds.");
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://localhost:{port}");
        await using var app = builder.Build();
        app.MapGet(ReloadEvents.Path, _events.ServeAsync);
        app.MapFallback("{**path}", new ServeFiles(_site).ServeAsync); // the default fallback pattern skips paths with a file extension

        using var watcher = new SourceWatcher([options.InputDirectory, options.ThemeDirectory], rebuilds.OnChanged);
        try
        {
            await app.StartAsync(stop);
        }
        catch (IOException)
        {
            // Kestrel's "address already in use", as one line and a usage error.
            Console.Error.WriteLine(PreviewStartupCheck.PortInUse(port));
            return ExitCodes.Usage;
        }

        Console.WriteLine($"Serving on http://localhost:{port}/ — edit input/ or themes/ and the open page reloads. Ctrl+C stops.");
        if (stop.CanBeCanceled)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, stop);
            }
            catch (OperationCanceledException)
            {
                // Stopped by the caller.
            }

            await app.StopAsync(CancellationToken.None);
        }
        else
        {
            await app.WaitForShutdownAsync(CancellationToken.None); // Ctrl+C (the host's own handler) stops it
        }

        return ExitCodes.Ok;
    }
}
