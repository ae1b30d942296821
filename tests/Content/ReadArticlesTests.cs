using AppealHandbook.Content;
using AppealHandbook.Core;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Content;

[Trait(Category.Name, Category.Unit)]
public class ReadArticlesTests
{
    [Fact]
    public void Reads_the_articles_in_path_order_and_lists_the_static_files()
    {
        // Arrange
        using var site = TestSite.Create(InlineSite.Frame + InlineSite.Pair("b", "B.", "乙。") + InlineSite.Pair("a", "A.", "甲。") + """
            -- input/images/chart.png --
            not really a png
            -- input/.hidden/notes.txt --
            private
            """);

        // Act
        var state = site.RunThrough<ReadArticles>().State;

        // Assert
        Assert.Equal(["input/en/a.md", "input/en/b.md", "input/zh/a.md", "input/zh/b.md"], state.Get(ContentFacts.Sources).Select(s => s.Path));
        var statics = state.Get(ContentFacts.StaticFiles).Keys.ToList();
        Assert.Contains("images/chart.png", statics);
        Assert.DoesNotContain(statics, p => p.StartsWith(".hidden", StringComparison.Ordinal) || p.StartsWith("_data", StringComparison.Ordinal) || p.EndsWith(".md", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_vouched_for_as_unchanged_is_read_only_when_its_text_is_asked_for()
    {
        // Arrange
        using var site = TestSite.Create(InlineSite.Frame + InlineSite.Pair("a", "A.", "甲。") + InlineSite.Pair("b", "B.", "乙。"));
        var state = new BuildState(site.Options());
        var asked = new List<(string Path, SourceStamp Written)>();

        // Act
        new ReadArticles((path, written) =>
        {
            lock (asked)
            {
                asked.Add((path, written));
            }

            return path == "input/en/a.md";
        }).Execute(state);

        // Assert
        var sources = state.Get(ContentFacts.Sources);
        var vouched = Assert.Single(sources, s => !s.IsRead);
        Assert.Equal("input/en/a.md", vouched.Path);
        Assert.All(sources.Where(s => s != vouched), s => Assert.True(s.IsRead));
        var file = new FileInfo(Path.Combine(site.Input, "en", "a.md"));
        Assert.Equal(new SourceStamp(file.Length, file.LastWriteTimeUtc.Ticks), vouched.Written);
        Assert.Contains(("input/en/a.md", vouched.Written), asked);
        Assert.Equal(File.ReadAllText(file.FullName), vouched.Text);
        Assert.True(vouched.IsRead);
        Assert.False(state.Diagnostics.HasErrors);
    }

    [Fact]
    public void A_file_vouched_for_that_is_gone_when_its_text_is_asked_for_is_reported_at_its_path()
    {
        // Arrange
        using var site = TestSite.Create(InlineSite.Frame + InlineSite.Pair("a", "A.", "甲。"));
        var state = new BuildState(site.Options());
        new ReadArticles((path, _) => path == "input/zh/a.md").Execute(state);
        var vouched = Assert.Single(state.Get(ContentFacts.Sources), s => !s.IsRead);
        File.Delete(Path.Combine(site.Input, "zh", "a.md"));

        // Act
        var text = vouched.Text;

        // Assert
        Assert.Equal("", text);
        var error = Assert.Single(state.Diagnostics.Sorted());
        Assert.Equal(("input/zh/a.md", DiagnosticCodes.UnreadableFile, Severity.Error), (error.Path, error.Code, error.Severity));
        Assert.Contains("cannot be read", error.Message, StringComparison.Ordinal);
    }
}
