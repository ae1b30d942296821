using AppealHandbook.Core;
using AppealHandbook.Layout;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Layout;

[Trait(Category.Name, Category.Unit)]
public sealed class ThemeFilesTests
{
    [Fact]
    public void An_override_wins_and_later_edits_are_not_seen_by_the_same_build()
    {
        using var site = TestSite.Create("""
            -- input/layouts/partials/footer.liquid --
            override
            -- theme/layouts/partials/footer.liquid --
            theme
            -- theme/layouts/partials/header.liquid --
            header
            """);
        var files = new ThemeFiles([Path.Combine(site.Root, "input/layouts"), Path.Combine(site.Root, "theme/layouts")]);

        site.Write("""
            -- input/layouts/partials/footer.liquid --
            edited during the build
            """);

        Assert.Equal("override", Read(files, "partials/footer.liquid").Trim());
        Assert.Equal("header", Read(files, "/partials/header.liquid").Trim());
        Assert.False(files.GetFileInfo("partials/missing.liquid").Exists);
    }

    private static string Read(ThemeFiles files, string path)
    {
        using var reader = new StreamReader(files.GetFileInfo(path).CreateReadStream());
        return reader.ReadToEnd();
    }
}
