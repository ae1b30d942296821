using AppealHandbook.Core;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Core;

[Trait(Category.Name, Category.Unit)]
public class SourceFileTests
{
    [Fact]
    public void Lets_go_of_its_text_and_reads_the_file_again_when_asked()
    {
        var reads = 0;
        var source = new SourceFile("input/en/a.md", "en", "a", "first", readAgain: () => $"read {++reads}");

        Assert.Equal("first", source.LetGoOfText());
        Assert.Equal("", source.LetGoOfText()); // nothing left to let go of

        Assert.False(source.IsRead);
        Assert.Equal("read 1", source.Text);
        Assert.Equal("read 1", source.Text); // read again once, then kept
        Assert.True(source.IsRead);
    }

    [Fact]
    public void Keeps_its_text_when_it_cannot_read_the_file_again()
    {
        var source = new SourceFile("input/en/a.md", "en", "a", "first");

        Assert.Equal("", source.LetGoOfText());

        Assert.True(source.IsRead);
        Assert.Equal("first", source.Text);
    }
}
