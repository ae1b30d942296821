using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Cli;

/// <summary>
/// After a save that breaks the build, <c>preview</c> keeps serving the last good site and shows
/// the errors in the open page (an overlay fed by the page's event stream); the overlay goes away
/// when the site builds again. The terminal shows each error once.
/// </summary>
[Trait(Category.Name, Category.Cli)]
public class PreviewErrorOverlayTests
{
    private const string ArticleFile = "input/en/late-shipment-rate.md";

    /// <summary>Reads the event stream until a message of <paramref name="eventName"/> arrives, and returns its data lines.</summary>
    private static async Task<List<string>> NextEventAsync(StreamReader reader, string eventName, CancellationToken cancel)
    {
        string? current = null;
        var data = new List<string>();
        while (await reader.ReadLineAsync(cancel) is { } line)
        {
            if (line.Length == 0)
            {
                if (current == eventName)
                {
                    return data;
                }

                (current, data) = (null, []);
            }
            else if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                current = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data.Add(line["data: ".Length..]);
            }
        }

        throw new Xunit.Sdk.XunitException($"the stream ended before a '{eventName}' event");
    }

    [Fact]
    public async Task A_broken_save_sends_its_errors_to_the_open_page_and_a_fix_clears_them()
    {
        // Arrange: a page open on its event stream.
        using var site = TestSite.Create(SiteFixtures.Valid);
        await using var preview = await PreviewHost.StartAsync(site);
        var page = await preview.GetAsync("en/late-shipment-rate/");
        Assert.Contains("build-errors", page, StringComparison.Ordinal);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await preview.Client.GetAsync(preview.Url("__preview/events?since=999999"), HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token));

        // Act: a save that breaks the build.
        site.Edit(ArticleFile, "type: metrics", "type: no-such-type");
        var errors = await NextEventAsync(reader, "build-errors", cancel.Token);

        // Assert: the error names the file and line, and the last good page is still served.
        Assert.Contains(errors, e => e.StartsWith(ArticleFile + ":", StringComparison.Ordinal) && e.Contains("FM007", StringComparison.Ordinal));
        Assert.Contains("Late shipment rate", await preview.GetAsync("en/late-shipment-rate/"), StringComparison.Ordinal);

        // Act: the fix.
        site.Edit(ArticleFile, "type: no-such-type", "type: metrics");

        // Assert: the overlay is cleared.
        await NextEventAsync(reader, "build-ok", cancel.Token);
    }

    [Fact]
    public async Task A_page_opened_while_the_build_is_broken_shows_the_errors_at_once()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);
        await using var preview = await PreviewHost.StartAsync(site);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using (var first = await preview.Client.GetAsync(preview.Url("__preview/events?since=999999"), HttpCompletionOption.ResponseHeadersRead, cancel.Token))
        {
            using var firstReader = new StreamReader(await first.Content.ReadAsStreamAsync(cancel.Token));
            site.Edit(ArticleFile, "type: metrics", "type: no-such-type");
            await NextEventAsync(firstReader, "build-errors", cancel.Token);
        }

        using var response = await preview.Client.GetAsync(preview.Url("__preview/events?since=999999"), HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token));

        var errors = await NextEventAsync(reader, "build-errors", cancel.Token);
        Assert.Contains(errors, e => e.Contains("FM007", StringComparison.Ordinal));
    }
}
