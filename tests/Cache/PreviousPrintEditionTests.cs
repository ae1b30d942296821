using System.Text;
using AppealHandbook.Cache;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Cache;

/// <summary>
/// A reused article's print section is cut from the previous print edition in the output folder.
/// When that edition lacks the section, the attempt that reuses pages stops and the build runs
/// again without reuse: it succeeds, with a clean build's files and messages.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public class PreviousPrintEditionTests
{
    [Fact]
    public void A_previous_edition_without_a_reused_articles_section_gives_a_clean_build()
    {
        using var builds = new CachedBuilds(BuildCacheTests.Files);
        builds.BuildBothAndCompare("first build");
        RemoveSectionKeepingStamp(Path.Combine(builds.Site.Output, "en", "print", "index.html"), "order-defect-rate");
        builds.Site.Edit("input/en/valid-tracking-rate.md", "Text.", "Text, edited.");

        var result = builds.Cached();
        var clean = builds.CleanBuild();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(clean.Diagnostics.Select(d => d.ToString()), result.Diagnostics.Select(d => d.ToString()));
        Assert.Empty(result.Notes);
        Assert.Equal(0, result.ReusedPages); // the pages of the attempt that stopped are not the ones written
        // Only the build again without reuse drops the cache file (a build with the cache saves it).
        Assert.False(File.Exists(Path.Combine(builds.Cache, CacheFile.Name)));
        CachedBuilds.AssertSameFiles(builds.Clean, builds.Site.Output, "section missing");
        // The site now on disk is not the one the cache recorded: the next build must not take it
        // for one changed behind its back, and the one after reuses pages again.
        Assert.Empty(builds.BuildBothAndCompare("next build").Notes);
        Assert.Equal(12, builds.BuildBothAndCompare("build after").ReusedPages);
    }

    /// <summary>
    /// Renames the opening tag of <paramref name="key"/>'s section to one of the same length, so the
    /// edition no longer has that section, and puts the write time back: the cache knows the output
    /// by each file's length and write time, so it still takes the folder for the one it recorded.
    /// </summary>
    private static void RemoveSectionKeepingStamp(string print, string key)
    {
        var written = File.GetLastWriteTimeUtc(print);
        var html = Encoding.UTF8.GetString(File.ReadAllBytes(print));
        var open = $"<article class=\"print-article\" id=\"{key}\"";
        Assert.Contains(open, html, StringComparison.Ordinal);
        // A new file moved over the old one: the output's files may be linked to the spare copy's.
        var edited = print + ".edited";
        File.WriteAllBytes(edited, Encoding.UTF8.GetBytes(html.Replace(open, $"<section class=\"print-article\" id=\"{key}\"", StringComparison.Ordinal)));
        File.Move(edited, print, overwrite: true);
        File.SetLastWriteTimeUtc(print, written);
    }
}
