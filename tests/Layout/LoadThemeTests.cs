using AppealHandbook.Layout;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Layout;

[Trait(Category.Name, Category.Unit)]
public class LoadThemeTests
{
    [Fact]
    public void Parses_every_layout_and_lists_the_assets_with_the_input_overrides()
    {
        // Arrange: an asset of the input's own beside the theme's.
        using var site = TestSite.Create(InlineSite.Frame + """
            -- input/assets/extra.css --
            body { color: black; }
            """);

        // Act
        var theme = site.RunThrough<LoadTheme>().State.Get(LayoutFacts.Theme);

        // Assert
        Assert.True(theme.HasLayout("base"));
        Assert.True(theme.HasLayout("article"));
        Assert.Contains("site.css", theme.Assets.Keys);
        Assert.Contains("extra.css", theme.Assets.Keys);
    }
}
