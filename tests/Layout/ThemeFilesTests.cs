using AppealHandbook.Layout;

namespace AppealHandbook.Tests.Layout;

public sealed class ThemeFilesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("theme-files-").FullName;

    [Fact]
    public void An_override_wins_and_later_edits_are_not_seen_by_the_same_build()
    {
        var overrides = Write("input/layouts/partials/footer.liquid", "override");
        Write("theme/layouts/partials/footer.liquid", "theme");
        Write("theme/layouts/partials/header.liquid", "header");
        var files = new ThemeFiles([Path.Combine(_root, "input/layouts"), Path.Combine(_root, "theme/layouts")]);

        File.WriteAllText(overrides, "edited during the build");

        Assert.Equal("override", Read(files, "partials/footer.liquid"));
        Assert.Equal("header", Read(files, "/partials/header.liquid"));
        Assert.False(files.GetFileInfo("partials/missing.liquid").Exists);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string Read(ThemeFiles files, string path)
    {
        using var reader = new StreamReader(files.GetFileInfo(path).CreateReadStream());
        return reader.ReadToEnd();
    }

    private string Write(string path, string text)
    {
        var full = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }
}
