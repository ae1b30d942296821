using AppealHandbook.Core;
using AppealHandbook.Pipeline;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Pipeline;

/// <summary>
/// A build that nothing reads back (<c>build</c>: <see cref="BuildOptions.CheckBuiltLinks"/> off)
/// writes each page and index file into the staging folder as it makes it
/// (<see cref="StagedFiles"/>). It must write exactly what a build that holds every page until
/// the end writes, and stay all or nothing.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public class StagedWriteTests
{
    private static readonly string Site = InlineSite.Frame + InlineSite.LinkedGuides
        + InlineSite.Pair("a", "A lead with a [link](xref:b).", "甲。")
        + InlineSite.Pair("b", "B.", "乙。");

    [Fact]
    public void A_build_that_writes_as_it_goes_writes_the_same_site_byte_for_byte()
    {
        // Arrange
        using var site = TestSite.Create(Site);
        var held = Path.Combine(site.Root, "held");
        var staged = Path.Combine(site.Root, "staged");

        // Act
        var first = SiteBuilder.Build(site.Options() with { OutputDirectory = held, CheckBuiltLinks = true });
        var second = SiteBuilder.Build(site.Options() with { OutputDirectory = staged, CheckBuiltLinks = false });

        // Assert
        Assert.True(first.Succeeded && second.Succeeded, string.Join("\n", first.Diagnostics.Concat(second.Diagnostics)));
        Assert.Equal(first.Pages, second.Pages);
        Assert.Equal(first.Files, second.Files);
        var files = Files(held);
        Assert.Equal(files, Files(staged));
        Assert.Equal(second.Files, files.Count);
        foreach (var file in files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(held, file)), File.ReadAllBytes(Path.Combine(staged, file)));
        }

        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".staged*"));
    }

    [Fact]
    public void A_build_that_fails_after_its_pages_were_written_leaves_the_previous_site_and_no_staging_folder()
    {
        // Arrange: a good build, then a static file that clashes with a page (found after the
        // pages are laid out, and so after they were written into the staging folder).
        using var site = TestSite.Create(Site);
        var options = site.Options() with { CheckBuiltLinks = false };
        Assert.True(SiteBuilder.Build(options).Succeeded);
        var before = File.ReadAllText(Path.Combine(site.Output, "en", "a", "index.html"));
        site.Edit("input/en/a.md", "A lead", "A changed lead");
        site.Write("-- input/en/b/index.html --\n<p>clash</p>\n");

        // Act
        var result = SiteBuilder.Build(options);

        // Assert
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.OutputClash);
        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Output, "en", "a", "index.html")));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output*"));
    }

    [Fact]
    public void A_staging_folder_that_cannot_be_written_is_AH005_and_nothing_is_left()
    {
        // Arrange: the output's parent is a file, so the staging folder beside it cannot be made.
        using var site = TestSite.Create(Site);
        var file = Path.Combine(site.Root, "not-a-folder");
        File.WriteAllText(file, "plain file");

        // Act
        var result = SiteBuilder.Build(site.Options() with { CheckBuiltLinks = false, OutputDirectory = Path.Combine(file, "output") });

        // Assert
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.WriteFailed, error.Code);
        Assert.Equal("plain file", File.ReadAllText(file));
    }

    private static List<string> Files(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f))
            .Order(StringComparer.Ordinal)];
}
