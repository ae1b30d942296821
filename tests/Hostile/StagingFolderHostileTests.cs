using System.Diagnostics;
using AppealHandbook.Tests.TestKit;
using static AppealHandbook.Tests.Hostile.HostileKit;

namespace AppealHandbook.Tests.Hostile;

/// <summary>
/// A build interrupted after it began staging the site (kill -9, a power cut) leaves a
/// <c>.output.new-*</c> or <c>.output.old-*</c> folder beside the output; the next build removes
/// those whose build is over, and never one a running build is still writing.
/// </summary>
[Trait(Category.Name, Category.Hostile)]
public class StagingFolderHostileTests
{
    /// <summary>The id of a process that has ended.</summary>
    private static int EndedProcess()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }

    private static string Stage(TestSite site, string name, TimeSpan? age = null)
    {
        var folder = Path.Combine(site.Root, name);
        Directory.CreateDirectory(Path.Combine(folder, "en"));
        File.WriteAllText(Path.Combine(folder, "en", "index.html"), "half a site");
        if (age is { } old)
        {
            Directory.SetLastWriteTimeUtc(folder, DateTime.UtcNow - old);
        }

        return folder;
    }

    [Theory]
    [InlineData("new")]
    [InlineData("old")]
    public void A_staging_folder_of_a_build_that_ended_is_removed(string kind)
    {
        using var site = TestSite.Create(SiteFixtures.Valid);
        var stale = Stage(site, $".output.{kind}-{EndedProcess()}-0123456789ab");

        Assert.True(BuildSafely(site).Succeeded);

        Assert.False(Directory.Exists(stale), "the interrupted build's folder is still there");
    }

    [Fact]
    public void A_staging_folder_named_without_a_process_is_removed_once_a_day_old()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);
        var old = Stage(site, ".output.new-0123456789ab", TimeSpan.FromDays(2));
        var recent = Stage(site, ".output.new-ba9876543210");

        Assert.True(BuildSafely(site).Succeeded);

        Assert.False(Directory.Exists(old));
        Assert.True(Directory.Exists(recent), "a recent folder may belong to a running build");
    }

    [Fact]
    public void A_staging_folder_of_a_running_build_is_left_alone()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);
        // Process 1 always runs; this process may be running another build right now.
        var other = Stage(site, ".output.new-1-0123456789ab", TimeSpan.FromDays(2));
        var own = Stage(site, $".output.new-{Environment.ProcessId}-0123456789ab", TimeSpan.FromDays(2));

        Assert.True(BuildSafely(site).Succeeded);

        Assert.True(Directory.Exists(other));
        Assert.True(Directory.Exists(own));
    }

    [Theory]
    [InlineData(".output.new")]
    [InlineData(".outputs.new-99999999-x")]
    [InlineData("output.new-99999999-x")]
    [InlineData(".output.backup-99999999-x")]
    public void Folders_that_are_not_staging_folders_are_never_touched(string name)
    {
        using var site = TestSite.Create(SiteFixtures.Valid);
        var folder = Stage(site, name, TimeSpan.FromDays(2));

        Assert.True(BuildSafely(site).Succeeded);

        Assert.True(Directory.Exists(folder));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_staging_name_that_is_a_link_is_not_followed()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);
        var target = Stage(site, "precious", TimeSpan.FromDays(2));
        var link = Path.Combine(site.Root, $".output.new-{EndedProcess()}-0123456789ab");
        Directory.CreateSymbolicLink(link, target);

        Assert.True(BuildSafely(site).Succeeded);

        Assert.True(File.Exists(Path.Combine(target, "en", "index.html")), "the link's target was deleted");
    }

    [Fact]
    public void A_build_leaves_no_staging_folder_behind()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);

        Assert.True(BuildSafely(site).Succeeded);
        Assert.True(BuildSafely(site).Succeeded);

        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
    }
}
