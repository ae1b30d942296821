using AppealHandbook.Core;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Core;

[Trait(Category.Name, Category.Unit)]
public class ArticleKeyTests
{
    [Theory]
    [InlineData("order-defect-rate", ArticleKeyProblem.None)]
    [InlineData("a1", ArticleKeyProblem.None)]
    [InlineData("Order", ArticleKeyProblem.NotKebabCase)]
    [InlineData("a--b", ArticleKeyProblem.NotKebabCase)]
    [InlineData("-a", ArticleKeyProblem.NotKebabCase)]
    [InlineData("", ArticleKeyProblem.NotKebabCase)]
    [InlineData("search", ArticleKeyProblem.Reserved)]
    [InlineData("tags", ArticleKeyProblem.Reserved)]
    [InlineData("con", ArticleKeyProblem.WindowsDeviceName)]
    [InlineData("com1", ArticleKeyProblem.WindowsDeviceName)]
    [InlineData("lpt9", ArticleKeyProblem.WindowsDeviceName)]
    [InlineData("com", ArticleKeyProblem.None)]
    [InlineData("console", ArticleKeyProblem.None)]
    public void Check_names_what_is_wrong_with_a_key(string key, ArticleKeyProblem expected) =>
        Assert.Equal(expected, ArticleKey.Check(key));
}
