using AppealHandbook.Core;
using AppealHandbook.Pipeline;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Cli;

/// <summary>
/// After a save, <c>preview</c> shows the one re-rendered page at once and brings the rest of the
/// site up to date with a full build in the background. A background build that was already
/// running when a second save was published holds the first save's text, and must not be served.
/// </summary>
[Trait(Category.Name, Category.Cli)]
public class PreviewBackgroundBuildTests
{
    private const string ArticlePath = "en/late-shipment-rate/";
    private const string ArticleFile = "input/en/late-shipment-rate.md";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_background_build_overtaken_by_a_save_is_thrown_away()
    {
        // Arrange: the second full build (the background build after the first save) is held back
        // once it has built, until the test lets it go.
        var builds = 0;
        var firstBackgroundBuilt = new TaskCompletionSource();
        var releaseFirstBackground = new TaskCompletionSource();
        var secondBackgroundStarted = new TaskCompletionSource();
        BuildResult Build(BuildOptions options)
        {
            var build = Interlocked.Increment(ref builds);
            if (build == 3)
            {
                secondBackgroundStarted.TrySetResult();
            }

            var result = SiteBuilder.Build(options, write: false);
            if (build == 2)
            {
                firstBackgroundBuilt.TrySetResult();
                releaseFirstBackground.Task.Wait(Patience);
            }

            return result;
        }

        using var site = TestSite.Create(SiteFixtures.Valid);
        await using var preview = await PreviewHost.StartAsync(site, Build);

        // The first save is shown, and its background build has built the first save's text.
        site.Edit(ArticleFile, "Text.", "First save.");
        await preview.WaitForTextAsync(ArticlePath, "First save.");
        await firstBackgroundBuilt.Task.WaitAsync(Patience);

        // The second save is shown while that build is held.
        site.Edit(ArticleFile, "First save.", "Second save.");
        await preview.WaitForTextAsync(ArticlePath, "Second save.");

        // Act: the held build finishes; the server decides what to do with it before it starts the next.
        releaseFirstBackground.SetResult();
        await secondBackgroundStarted.Task.WaitAsync(Patience);

        // Assert
        var served = await preview.GetAsync(ArticlePath);
        Assert.Contains("Second save.", served, StringComparison.Ordinal);
        Assert.DoesNotContain("First save.", served, StringComparison.Ordinal);
    }
}
