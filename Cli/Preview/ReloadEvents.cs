using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace AppealHandbook.Cli.Preview;

/// <summary>
/// The event stream that tells open pages to reload, and shows them a failed rebuild's errors
/// (server-sent events at <see cref="Path"/>).
/// </summary>
/// <remarks>
/// Each open stream has its own message queue, and only the stream's own request writes to its
/// response, so two saves in quick succession never write to one response at the same time.
/// </remarks>
internal sealed class ReloadEvents
{
    /// <summary>Where pages open the stream.</summary>
    public const string Path = "/__preview/events";

    /// <summary>The query parameter with the version of the site a page was served from.</summary>
    public const string SinceParameter = "since";

    private const string ReloadMessage = "data: reload\n\n";

    private readonly Lock _gate = new();
    private readonly List<ChannelWriter<string>> _listeners = [];
    private int _shownVersion; // the version of the last rebuild that open pages were told to reload for
    private string? _errors; // the overlay message of the last failed rebuild, until one succeeds

    /// <summary>Shows a failed rebuild's errors over every open page (<see cref="ErrorOverlay"/>); null: the site builds again, clear them.</summary>
    public void ShowErrors(string? message)
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
    public void Notify(int version)
    {
        lock (_gate)
        {
            // Set under the lock that guards the listeners, so a stream that opens now either is
            // in this list or sees this version when it opens (ServeAsync).
            _shownVersion = version;
            foreach (var listener in _listeners)
            {
                listener.TryWrite(ReloadMessage);
            }
        }
    }

    /// <summary>Serves one page's stream until the page goes away.</summary>
    public async Task ServeAsync(HttpContext context)
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
}
