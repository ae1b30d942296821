using AppealHandbook.Core;
using AppealHandbook.Content;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Content;

[Trait(Category.Name, Category.Unit)]
public class FrontMatterBlockTests
{
    [Fact]
    public void Splits_yaml_and_finds_the_body_line()
    {
        var ok = FrontMatterBlock.TrySplit("---\ntitle: A\nkey: a\n---\n\nBody\n", out var yaml, out var bodyLine, out var problem);

        Assert.True(ok, problem);
        Assert.Equal("title: A\nkey: a\n", yaml);
        Assert.Equal(5, bodyLine);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("# Title\n", "does not start with front matter")]
    [InlineData("---\ntitle: A\n", "never closed")]
    public void Explains_why_it_cannot_split(string text, string expected)
    {
        Assert.False(FrontMatterBlock.TrySplit(text, out _, out _, out var problem));
        Assert.Contains(expected, problem);
    }
}
