using AppealHandbook.Linking;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Linking;

[Trait(Category.Name, Category.Unit)]
public class TagSlugTests
{
    [Theory]
    [InlineData("Performance Metrics", "performance-metrics")]
    [InlineData("自配送", "自配送")]
    [InlineData("../../etc", "etc")]
    [InlineData("<script>", "script")]
    [InlineData("!!!", "tag")]
    public void Slugs_are_safe_url_segments(string tag, string slug) => Assert.Equal(slug, TagSlug.Of(tag));
}
