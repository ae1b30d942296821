using AppealHandbook.Core;
using AppealHandbook.Output;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Output;

[Trait(Category.Name, Category.Unit)]
public sealed class FolderExchangeTests
{
    [Fact]
    public void On_linux_two_folders_change_places_in_one_step()
    {
        using var root = TestSite.Create("""
            -- output/old.html --
            old
            -- .output.new-1/new.html --
            new
            """);
        var site = Path.Combine(root.Root, "output");
        var staging = Path.Combine(root.Root, ".output.new-1");

        if (!OperatingSystem.IsLinux())
        {
            Assert.False(FolderExchange.TryExchange(staging, site)); // elsewhere the caller falls back to two moves
            return;
        }

        Assert.True(FolderExchange.TryExchange(staging, site));

        Assert.True(File.Exists(Path.Combine(site, "new.html")));
        Assert.True(File.Exists(Path.Combine(staging, "old.html")));
    }

    [Fact]
    public void A_missing_folder_is_reported_and_nothing_moves()
    {
        using var root = TestSite.Create("""
            -- output/old.html --
            old
            """);
        var site = Path.Combine(root.Root, "output");

        Assert.False(FolderExchange.TryExchange(Path.Combine(root.Root, "missing"), site));

        Assert.True(File.Exists(Path.Combine(site, "old.html")));
    }
}
