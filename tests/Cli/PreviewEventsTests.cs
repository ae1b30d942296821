using System.Text.RegularExpressions;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Cli;

/// <summary>
/// <c>preview</c>'s event stream: a page learns about a save even when the save was published
/// while the page was still loading, before its stream was open to hear it.
/// </summary>
[Trait(Category.Name, Category.Cli)]
public partial class PreviewEventsTests
{
    private const string ArticlePath = "en/late-shipment-rate/";
    private const string ArticleFile = "input/en/late-shipment-rate.md";
    private const string Edited = "Edited after the page was served.";

    [Theory]
    [InlineData(false, "data: reload")] // the page was still loading when the save was published
    [InlineData(true, ": up to date")]  // not a reload, or the page would reload for ever
    public async Task A_stream_opens_with_a_reload_only_for_a_page_served_before_the_last_save(bool servedAfterSave, string expected)
    {
        // Arrange: a page served before a save, and one served after it.
        using var site = TestSite.Create(SiteFixtures.Valid);
        await using var preview = await PreviewHost.StartAsync(site);
        var before = VersionOf(await preview.GetAsync(ArticlePath));
        site.Edit(ArticleFile, "Text.", Edited);
        var after = VersionOf(await preview.WaitForTextAsync(ArticlePath, Edited));

        // Act: the page opens its stream only now.
        var first = await FirstMessageAsync(preview, servedAfterSave ? after : before);

        // Assert
        Assert.Equal(expected, first);
    }

    [Fact]
    public async Task Every_page_and_the_not_found_page_carry_the_version_they_were_served_from()
    {
        // Arrange
        using var site = TestSite.Create(SiteFixtures.Valid);
        await using var preview = await PreviewHost.StartAsync(site);

        // Act
        var page = await preview.GetAsync("zh/order-defect-rate/");
        using var missing = await preview.Client.GetAsync(preview.Url("zh/no-such-page/"));

        // Assert
        Assert.NotEqual(0, VersionOf(page));
        Assert.NotEqual(0, VersionOf(await missing.Content.ReadAsStringAsync()));
    }

    /// <summary>The version a served page passes to its event stream.</summary>
    private static int VersionOf(string html)
    {
        var match = SinceRegex().Match(html);
        Assert.True(match.Success, "The page has no reload script with a version.");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Opens the event stream as a page served at <paramref name="version"/> would, and reads its first line.</summary>
    private static async Task<string?> FirstMessageAsync(PreviewHost preview, int version)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var response = await preview.Client.GetAsync(preview.Url($"__preview/events?since={version}"), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        return await reader.ReadLineAsync(timeout.Token);
    }

    [GeneratedRegex(@"EventSource\('/__preview/events\?since=(\d+)'\)")]
    private static partial Regex SinceRegex();
}
