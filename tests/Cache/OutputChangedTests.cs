using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Cache;

/// <summary>
/// An output folder changed behind the build's back (a file edited, added or deleted, the folder
/// replaced) is unknown to the cache: the build says so in one line and builds it again in full,
/// as a clean build would.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public class OutputChangedTests
{
    [Theory]
    [InlineData("edited")]
    [InlineData("added")]
    [InlineData("deleted")]
    [InlineData("replaced")]
    public void A_changed_output_is_built_again_in_full(string change)
    {
        using var builds = new CachedBuilds(BuildCacheTests.Files);
        builds.BuildBothAndCompare("first build");
        var page = Path.Combine(builds.Site.Output, "en", "order-defect-rate", "index.html");
        switch (change)
        {
            case "edited":
                // The same length: saving it gives it a new write time, which the cache compares with the length.
                File.WriteAllText(page, File.ReadAllText(page).Replace("Order defect rate", "Order defect RATE", StringComparison.Ordinal));
                break;
            case "added":
                File.WriteAllText(Path.Combine(builds.Site.Output, "extra.html"), "<p>extra</p>");
                break;
            case "deleted":
                File.Delete(page);
                break;
            case "replaced":
                Directory.Delete(builds.Site.Output, recursive: true);
                Directory.CreateDirectory(Path.Combine(builds.Site.Output, "en", "order-defect-rate"));
                File.WriteAllText(page, "<p>another site</p>");
                break;
        }

        builds.Site.Edit("input/en/valid-tracking-rate.md", "Text.", "Text, edited.");
        var result = builds.BuildBothAndCompare(change);

        Assert.Equal(["note: output changed since the last build; it is built again in full"], result.Notes);
        Assert.Equal(0, result.ReusedPages);
        Assert.Empty(builds.Cached().Notes);
    }
}
