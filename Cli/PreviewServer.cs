using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using AppealHandbook.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Hosting;
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
    private const string SinceParameter = "since"; // the version of the site a page was served from
    private const string ReloadMessage = "data: reload\n\n";

    private readonly FileExtensionContentTypeProvider _types = new();
    // One queue per open event stream. Only the stream's own request writes to its response, so
    // two saves in quick succession never write to one response at the same time.
    private readonly List<ChannelWriter<string>> _listeners = [];
    private readonly Lock _gate = new();
    private readonly Lock _rebuildGate = new(); // one rebuild at a time decides what is served
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);
    // What is served, by path: a page or file as the build made it (the reload script is added to
    // pages as they are sent). One page is replaced in place after a save; a full build swaps in a
    // new site.
    private volatile ConcurrentDictionary<string, ServedFile> _site = new(StringComparer.Ordinal);
    private BuildState? _last;
    private Timer? _debounce;
    private int _version; // bumped each time a rebuild replaces what is served, after the replacement
    private int _shownVersion; // the version of the last rebuild that open pages were told to reload for
    private string? _errors; // the overlay message of the last failed rebuild, until one succeeds (guarded by _gate)
    private bool _backgroundRunning;
    private bool _backgroundPending;

    public void Dispose() => _debounce?.Dispose();

    /// <summary>Serves until <paramref name="stop"/> is cancelled (Ctrl+C when run from the command line).</summary>
    public async Task<int> RunAsync(CancellationToken stop = default)
    {
        // A page rebuilt after a save must not wait for a blocking full collection of a heap that
        // holds a whole large site.
        System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.SustainedLowLatency;
        if (!Rebuild("Built", notify: false))
        {
            Console.WriteLine("Fix the errors above; preview keeps watching and serves the site once it builds.");
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://localhost:{port}");
        await using var app = builder.Build();
        app.MapGet(EventsPath, ServeEventsAsync);
        app.MapFallback("{**path}", ServeFileAsync); // the default fallback pattern skips paths with a file extension

        using var input = Watch(options.InputDirectory);
        using var theme = Watch(options.ThemeDirectory);
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

    private FileSystemWatcher Watch(string folder)
    {
        var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        watcher.Changed += (_, e) => Schedule(e.FullPath);
        watcher.Created += (_, e) => Schedule(e.FullPath);
        watcher.Deleted += (_, e) => Schedule(e.FullPath);
        watcher.Renamed += (_, e) => Schedule(e.FullPath, e.OldFullPath);
        return watcher;
    }

    /// <summary>Editors save in bursts (temp file, rename, touch); one rebuild per burst.</summary>
    private void Schedule(params string[] paths)
    {
        lock (_gate)
        {
            _changed.UnionWith(paths.Where(IsContent));
            _debounce?.Dispose();
            _debounce = new Timer(_ => RebuildChanged(), null, 30, Timeout.Infinite);
        }
    }

    /// <summary>Editors' and tools' temporary files (.swp, sedXYZ, 4913, name~) trigger no rebuild.</summary>
    private static bool IsContent(string path)
    {
        var name = Path.GetFileName(path);
        var extension = Path.GetExtension(name);
        return extension.Length > 1 && !name.StartsWith('.') && !name.EndsWith('~')
            && extension is not (".swp" or ".swx" or ".tmp" or ".bak");
    }

    private void RebuildChanged()
    {
        var clock = Stopwatch.StartNew();
        lock (_rebuildGate)
        {
            string[] changed;
            lock (_gate)
            {
                changed = [.. _changed];
                _changed.Clear();
            }

            if (changed.Length == 0)
            {
                return;
            }

            // One edited article: render just its page and show it, then bring the rest (search
            // index, lists) up to date with a full build in the background, without reloading the page again.
            if (changed.Length == 1 && _last is { } last && IncrementalRebuild.TryArticle(last, changed[0]) is { } quick)
            {
                // A failed quick rebuild is followed by a full one, which prints the same errors: print them once.
                if (quick.Succeeded)
                {
                    DiagnosticPrinter.Print(quick.Diagnostics, Console.Out);
                    var page = quick.State.Pages.First(p => p.Source?.Path == quick.State.DisplayPath(Path.GetFullPath(changed[0])));
                    _site[page.OutputPath] = new ServedFile(page.HtmlUtf8);
                    _last = quick.State;
                    Notify(Interlocked.Increment(ref _version));
                    Console.WriteLine($"Rebuilt /{page.Url} in {clock.ElapsedMilliseconds} ms.");
                    BringUpToDateInBackground();
                    return;
                }
            }

            Rebuild("Rebuilt");
        }
    }

    /// <summary>
    /// Runs full builds off the request path until one finishes with no edit published meanwhile:
    /// a build that started before an edit would serve the old text of the edited page.
    /// </summary>
    private void BringUpToDateInBackground()
    {
        lock (_gate)
        {
            if (_backgroundRunning)
            {
                _backgroundPending = true;
                return;
            }

            _backgroundRunning = true;
        }

        _ = Task.Run(() =>
        {
            while (true)
            {
                int version;
                lock (_rebuildGate)
                {
                    version = _version;
                }

                // One core is left to the next save's rebuild and to serving pages.
                var result = Build(Math.Max(1, Environment.ProcessorCount - 1));
                lock (_rebuildGate)
                {
                    if (_version == version)
                    {
                        Publish(result, "Updated", notify: false);
                    }
                }

                // The previous build is garbage now: start collecting it in the background while the
                // writer reads, rather than in a blocking collection during the next save's rebuild.
                GC.Collect(2, GCCollectionMode.Forced, blocking: false);

                lock (_gate)
                {
                    if (!_backgroundPending)
                    {
                        _backgroundRunning = false;
                        return;
                    }

                    _backgroundPending = false;
                }
            }
        });
    }

    private bool Rebuild(string verb, bool notify = true)
    {
        var clock = Stopwatch.StartNew();
        var published = Publish(Build(), verb, notify);
        if (published && notify)
        {
            Console.WriteLine($"Ready in {clock.ElapsedMilliseconds} ms.");
        }

        return published;
    }

    /// <summary>
    /// Runs a full build in memory. Tests wrap it to hold a background build back while a save is
    /// published, which is the race the version check in <see cref="BringUpToDateInBackground"/> settles.
    /// </summary>
    internal Func<BuildOptions, BuildResult> BuildSite { get; init; } = static o => SiteBuilder.Build(o, write: false);

    private BuildResult Build(int? parallelism = null) => BuildSite(
        options with { BasePath = "/", MaxDegreeOfParallelism = parallelism ?? options.MaxDegreeOfParallelism });

    /// <summary>Serves <paramref name="result"/> if it succeeded; otherwise prints its errors and keeps serving the last good site.</summary>
    private bool Publish(BuildResult result, string verb, bool notify)
    {
        DiagnosticPrinter.Print(result.Diagnostics, Console.Out);
        Console.WriteLine(DiagnosticPrinter.Summary(result, verb, "Rebuild"));
        if (!result.Succeeded)
        {
            ShowErrors(ErrorOverlay.Message(result.Diagnostics));
            return false;
        }

        ShowErrors(null);

        var files = result.State.Pages
            .Where(p => p.HtmlUtf8 is not null)
            .Select(p => KeyValuePair.Create(p.OutputPath, new ServedFile(p.HtmlUtf8)))
            .Concat(result.State.Outputs.Select(o => KeyValuePair.Create(o.Path, new ServedFile(o.Bytes))));
        _site = new ConcurrentDictionary<string, ServedFile>(files, StringComparer.Ordinal);
        _last = result.State;
        var version = Interlocked.Increment(ref _version);
        if (notify)
        {
            Notify(version);
        }

        return true;
    }

    /// <summary>Shows a failed rebuild's errors over every open page (null: the site builds again, clear them).</summary>
    private void ShowErrors(string? message)
    {
        lock (_gate)
        {
            if (message == _errors)
            {
                return;
            }

            _errors = message;
            foreach (var listener in _listeners)
            {
                listener.TryWrite(message ?? ErrorOverlay.ClearMessage);
            }
        }
    }

    /// <summary>Tells every open page to reload for the rebuild that made <paramref name="version"/>.</summary>
    private void Notify(int version)
    {
        lock (_gate)
        {
            // Set under the lock that guards the listeners, so a stream that opens now either is
            // in this list or sees this version when it opens (ServeEventsAsync).
            _shownVersion = version;
            foreach (var listener in _listeners)
            {
                listener.TryWrite(ReloadMessage);
            }
        }
    }

    private async Task ServeEventsAsync(HttpContext context)
    {
        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var messages = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            _listeners.Add(messages.Writer);

            // The first message says whether the page is already out of date. A comment (": ...")
            // is ignored by EventSource; it is there for whoever reads the stream by hand.
            var stale = int.TryParse(context.Request.Query[SinceParameter], out var since) && since < _shownVersion;
            messages.Writer.TryWrite(stale ? ReloadMessage : ": up to date\n\n");
            if (_errors is { } errors)
            {
                // A page opened while the build is broken shows the errors at once.
                messages.Writer.TryWrite(errors);
            }
        }

        try
        {
            await foreach (var message in messages.Reader.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync(message, context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed or reloaded.
        }
        finally
        {
            lock (_gate)
            {
                _listeners.Remove(messages.Writer);
            }
        }
    }

    private async Task ServeFileAsync(HttpContext context)
    {
        // The version is read before the site, so a page is never stamped newer than its content
        // (at worst older, which costs one needless reload).
        var version = Volatile.Read(ref _version);
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
            body = site.GetValueOrDefault(path) ?? new ServedFile("Not found"u8.ToArray());
        }

        context.Response.ContentType = _types.TryGetContentType(path, out var type) ? type : "application/octet-stream";
        context.Response.Headers.CacheControl = "no-store";
        var bytes = body.Bytes;
        var end = path.EndsWith(".html", StringComparison.Ordinal) ? bytes.Span.LastIndexOf("</body>"u8) : -1;
        if (end < 0)
        {
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
            return;
        }

        // The page is served as the build made it, with the reload script before its closing body
        // tag (the last one: text in the page cannot hold another, it is escaped). The script tells
        // the event stream which version of the site the page came from, so a page that was still
        // loading when a save was published (its stream not yet open to hear it) reloads as soon
        // as its stream opens.
        await context.Response.Body.WriteAsync(bytes[..end], context.RequestAborted);
        await context.Response.WriteAsync(ReloadScript(version), context.RequestAborted);
        await context.Response.Body.WriteAsync(bytes[end..], context.RequestAborted);
    }

    private static string ReloadScript(int version) =>
        ErrorOverlay.Script(string.Create(CultureInfo.InvariantCulture, $"{EventsPath}?{SinceParameter}={version}"));

    /// <summary>A served page or file, as it would be written.</summary>
    private sealed record ServedFile(ReadOnlyMemory<byte> Bytes);
}
