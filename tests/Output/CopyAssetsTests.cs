using AppealHandbook.Output;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Output;

[Trait(Category.Name, Category.Unit)]
public class CopyAssetsTests
{
    [Fact]
    public void Adds_the_theme_assets_and_the_static_files_as_they_are()
    {
        // Arrange
        using var site = TestSite.Create(InlineSite.Frame + InlineSite.Pair("a", "A.", "甲。") + """
            -- input/images/chart.png --
            pixels
            """);

        // Act
        var outputs = site.RunThrough<CopyAssets>().State.Outputs;

        // Assert
        Assert.Equal("pixels\n", System.Text.Encoding.UTF8.GetString(outputs.Single(o => o.Path == "images/chart.png").Bytes.Span));
        Assert.Contains(outputs, o => o.Path == "assets/site.css" && o.Bytes.Length > 0);
    }
}
