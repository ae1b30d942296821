using AppealHandbook.Linking;
using AppealHandbook.Markdown;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Linking;

[Trait(Category.Name, Category.Unit)]
public class SitePathsTests
{
    [Theory]
    [InlineData("zh/", "../images/a.png", "images/a.png")]
    [InlineData("zh/", "./other/", "zh/other/")]
    [InlineData("", "/zh/a/", "zh/a/")]
    [InlineData("zh/", "../../etc/passwd", null)]
    public void Combine_folds_dots_and_refuses_to_leave_the_site(string folder, string relative, string? expected) =>
        Assert.Equal(expected, SitePaths.Combine(folder, relative));

    [Theory]
    [InlineData("javascript:alert(1)", true)]
    [InlineData("JaVaScRiPt:alert(1)", true)]
    [InlineData(" java\tscript:alert(1)", true)]
    [InlineData("data:text/html,<script>", true)]
    [InlineData("vbscript:x", true)]
    [InlineData("https://example.org/a?b=javascript:", false)]
    [InlineData("xref:plan-of-action", false)]
    [InlineData("../images/a.png", false)]
    public void Unsafe_schemes_are_recognised_as_browsers_read_them(string url, bool unsafeUrl) =>
        Assert.Equal(unsafeUrl, UrlSafety.IsUnsafe(url));

    [Theory]
    [InlineData("https://example.org", true)]
    [InlineData("mailto:a@example.org", true)]
    [InlineData("//cdn.example.org/x", true)]
    [InlineData("xref:a", false)]
    [InlineData("/zh/a/", false)]
    [InlineData("a.md#x:y", false)]
    public void External_urls_have_a_scheme(string url, bool external) => Assert.Equal(external, UrlSafety.IsExternal(url));
}
