using System.Collections.Frozen;
using System.Diagnostics;
using System.Text;
using AppealHandbook.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;

namespace AppealHandbook.Cli;

/// <summary>
/// <c>preview</c>: builds the site in memory, serves it with Kestrel on localhost, rebuilds when a
/// file under <c>input/</c> or the theme changes, and tells open pages to reload (server-sent events).
/// </summary>
/// <remarks>
/// The site is served from memory rather than from <c>output/</c>, so a rebuild costs no disk
/// writes and a failed rebuild keeps serving the last good site while the errors are printed.
/// </remarks>
internal sealed class PreviewServer(BuildOptions options, int port) : IDisposable
{
    private const string EventsPath = "/__preview/events";
    private const string ReloadScript = "<script>new EventSource('" + EventsPath + "').onmessage=function(){location.reload()}</script>";

    private readonly FileExtensionContentTypeProvider _types = new();
    private readonly List<HttpResponse> _listeners = [];
    private readonly Lock _gate = new();
    private FrozenDictionary<string, byte[]> _site = FrozenDictionary<string, byte[]>.Empty;
    private Timer? _debounce;

    public void Dispose() => _debounce?.Dispose();

    public async Task<int> RunAsync()
    {
        if (!Rebuild("Built"))
        {
            Console.WriteLine("Fix the errors above; preview keeps watching and serves the site once it builds.");
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://localhost:{port}");
        await using var app = builder.Build();
        app.MapGet(EventsPath, ServeEventsAsync);
        app.MapFallback(ServeFileAsync);

        using var input = Watch(options.InputDirectory);
        using var theme = Watch(options.ThemeDirectory);
        Console.WriteLine($"Serving on http://localhost:{port}/ — edit input/ or themes/ and the open page reloads. Ctrl+C stops.");
        await app.RunAsync();
        return ExitCodes.Ok;
    }

    private FileSystemWatcher Watch(string folder)
    {
        var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        watcher.Changed += (_, _) => Schedule();
        watcher.Created += (_, _) => Schedule();
        watcher.Deleted += (_, _) => Schedule();
        watcher.Renamed += (_, _) => Schedule();
        return watcher;
    }

    /// <summary>Editors save in bursts (temp file, rename, touch); one rebuild per burst.</summary>
    private void Schedule()
    {
        lock (_gate)
        {
            _debounce?.Dispose();
            _debounce = new Timer(_ => Rebuild("Rebuilt"), null, 50, Timeout.Infinite);
        }
    }

    private bool Rebuild(string verb)
    {
        var clock = Stopwatch.StartNew();
        var result = SiteBuilder.Build(options with { BasePath = "/", BodyEndInjection = ReloadScript }, write: false);
        DiagnosticPrinter.Print(result.Diagnostics, Console.Out);
        Console.WriteLine(DiagnosticPrinter.Summary(result, verb, verb == "Built" ? "Build" : "Rebuild"));
        if (!result.Succeeded)
        {
            return false;
        }

        var files = result.State.Pages
            .Where(p => p.Html is not null)
            .Select(p => (p.OutputPath, Encoding.UTF8.GetBytes(p.Html!)))
            .Concat(result.State.Outputs.Select(o => (o.Path, o.Bytes.ToArray())));
        _site = files.ToFrozenDictionary(f => f.Item1, f => f.Item2, StringComparer.Ordinal);
        Notify();
        Console.WriteLine($"Ready in {clock.ElapsedMilliseconds} ms.");
        return true;
    }

    private void Notify()
    {
        HttpResponse[] listeners;
        lock (_gate)
        {
            listeners = [.. _listeners];
        }

        foreach (var response in listeners)
        {
            _ = response.WriteAsync("data: reload\n\n").ContinueWith(_ => response.Body.FlushAsync(), TaskScheduler.Default);
        }
    }

    private async Task ServeEventsAsync(HttpContext context)
    {
        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.Body.FlushAsync(context.RequestAborted);
        lock (_gate)
        {
            _listeners.Add(context.Response);
        }

        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The page closed or reloaded.
        }
        finally
        {
            lock (_gate)
            {
                _listeners.Remove(context.Response);
            }
        }
    }

    private async Task ServeFileAsync(HttpContext context)
    {
        var site = _site;
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/").TrimStart('/');
        if (path.Length == 0 || path.EndsWith('/'))
        {
            path += "index.html";
        }
        else if (!site.ContainsKey(path) && site.ContainsKey(path + "/index.html"))
        {
            context.Response.Redirect(context.Request.Path + "/" + context.Request.QueryString);
            return;
        }

        if (!site.TryGetValue(path, out var body))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            path = "404.html";
            body = site.GetValueOrDefault(path) ?? "Not found"u8.ToArray();
        }

        context.Response.ContentType = _types.TryGetContentType(path, out var type) ? type : "application/octet-stream";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }
}
