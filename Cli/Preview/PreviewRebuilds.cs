using System.Diagnostics;
using AppealHandbook.Core;
using AppealHandbook.Pipeline;

namespace AppealHandbook.Cli.Preview;

/// <summary>
/// Preview's rebuild policy: after a save of one article, render just its page and show it at
/// once, then bring the rest (search index, lists) up to date with full builds in the background;
/// after any other change, run a full build. Only a successful build replaces what is served.
/// </summary>
internal sealed class PreviewRebuilds(BuildOptions options, ServedSite site, ReloadEvents events)
{
    private readonly Lock _rebuildGate = new(); // one rebuild at a time decides what is served
    private readonly Lock _backgroundGate = new();
    private BuildState? _last;
    private bool _backgroundRunning;
    private bool _backgroundPending;

    /// <summary>
    /// Runs a full build in memory. Tests wrap it to hold a background build back while a save is
    /// published, which is the race the version check in <see cref="BringUpToDateInBackground"/> settles.
    /// </summary>
    public Func<BuildOptions, BuildResult> BuildSite { get; init; } = static o => SiteBuilder.Build(o, write: false);

    /// <summary>The first build; false when it failed (its errors are printed).</summary>
    public bool BuildFirst() => Rebuild("Built", notify: false);

    /// <summary>Rebuilds after a burst of saves to <paramref name="changed"/>.</summary>
    public void OnChanged(string[] changed)
    {
        var clock = Stopwatch.StartNew();
        lock (_rebuildGate)
        {
            if (changed.Length == 1 && _last is { } last && IncrementalRebuild.TryArticle(last, changed[0]) is { } quick)
            {
                // A failed quick rebuild is followed by a full one, which prints the same errors: print them once.
                if (quick.Succeeded)
                {
                    DiagnosticPrinter.Print(quick.Diagnostics, Console.Out);
                    var page = quick.State.Pages.First(p => p.Source?.Path == quick.State.DisplayPath(Path.GetFullPath(changed[0])));
                    _last = quick.State;
                    events.Notify(site.ReplaceOne(page.OutputPath, page.HtmlUtf8));
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
        lock (_backgroundGate)
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
                    version = site.Version;
                }

                // One core is left to the next save's rebuild and to serving pages.
                var result = Build(Math.Max(1, Environment.ProcessorCount - 1));
                lock (_rebuildGate)
                {
                    if (site.Version == version)
                    {
                        Publish(result, "Updated", notify: false);
                    }
                }

                // The previous build is garbage now: start collecting it in the background while the
                // writer reads, rather than in a blocking collection during the next save's rebuild.
                GC.Collect(2, GCCollectionMode.Forced, blocking: false);

                lock (_backgroundGate)
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

    private BuildResult Build(int? parallelism = null) => BuildSite(
        options with { BasePath = "/", MaxDegreeOfParallelism = parallelism ?? options.MaxDegreeOfParallelism });

    /// <summary>Serves <paramref name="result"/> if it succeeded; otherwise prints its errors and keeps serving the last good site.</summary>
    private bool Publish(BuildResult result, string verb, bool notify)
    {
        DiagnosticPrinter.Print(result.Diagnostics, Console.Out);
        Console.WriteLine(DiagnosticPrinter.Summary(result, verb, "Rebuild"));
        if (!result.Succeeded)
        {
            events.ShowErrors(ErrorOverlay.Message(result.Diagnostics));
            return false;
        }

        events.ShowErrors(null);
        _last = result.State;
        var version = site.Replace(result);
        if (notify)
        {
            events.Notify(version);
        }

        return true;
    }
}
