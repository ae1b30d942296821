using AppealHandbook.Output;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Output;

[Trait(Category.Name, Category.Unit)]
public class WriteSiteTests
{
    [Fact]
    public void Writes_the_whole_site_and_replaces_the_previous_one()
    {
        // Arrange: a first build with two articles, then b is deleted.
        using var site = TestSite.Create(InlineSite.Frame + InlineSite.LinkedGuides + InlineSite.Pair("a", "A.", "甲。") + InlineSite.Pair("b", "B.", "乙。"));
        var first = site.RunThrough<WriteSite>();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        File.Delete(Path.Combine(site.Input, "en", "b.md"));
        File.Delete(Path.Combine(site.Input, "zh", "b.md"));

        // Act
        var result = site.RunThrough<WriteSite>();

        // Assert
        Assert.True(result.Succeeded);
        Assert.True(File.Exists(Path.Combine(site.Output, "en", "a", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "en", "b")));
        Assert.Equal(result.Files, Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Count());
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output*"));
    }
}
