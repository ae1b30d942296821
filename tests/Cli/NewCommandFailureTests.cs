using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Cli;

/// <summary><c>new</c> that cannot write its files says so in one line, and leaves neither half of the pair behind.</summary>
[Trait(Category.Name, Category.Cli)]
public class NewCommandFailureTests
{
    [Fact]
    public void A_language_folder_that_is_a_file_is_one_line_and_writes_nothing()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);
        Directory.Delete(Path.Combine(site.Input, "en"), recursive: true);
        File.WriteAllText(Path.Combine(site.Input, "en"), "not a folder");

        var run = CliRunner.Execute(TimeSpan.FromSeconds(60), "new", "brand-new-key", "--type", "metrics", "--input", site.Input);

        Assert.NotEqual(0, run.ExitCode);
        Assert.DoesNotContain("   at ", run.All, StringComparison.Ordinal);
        Assert.Contains("nothing was written", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.Input, "zh", "brand-new-key.md")), "the zh half was left behind");
    }
}
