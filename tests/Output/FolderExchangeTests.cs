using AppealHandbook.Output;

namespace AppealHandbook.Tests.Output;

public sealed class FolderExchangeTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("folder-exchange-").FullName;

    [Fact]
    public void On_linux_two_folders_change_places_in_one_step()
    {
        var site = Folder("output", "old.html");
        var staging = Folder(".output.new-1", "new.html");

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
        var site = Folder("output", "old.html");

        Assert.False(FolderExchange.TryExchange(Path.Combine(_root, "missing"), site));

        Assert.True(File.Exists(Path.Combine(site, "old.html")));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Folder(string name, string file)
    {
        var path = Path.Combine(_root, name);
        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, file), name);
        return path;
    }
}
