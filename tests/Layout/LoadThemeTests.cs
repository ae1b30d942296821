using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using AppealHandbook.Layout;
using AppealHandbook.Layout.Models;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Layout;

[Trait(Category.Name, Category.Unit)]
public class LoadThemeTests
{
    [Fact]
    public void Every_layout_model_is_named_for_the_compiled_engine_to_keep()
    {
        // A model left out renders as nothing in the engine compiled ahead of time: Fluid finds
        // its properties by reflection, and the compiler keeps only those of the types named.
        var models = typeof(PageModel).Assembly.GetTypes()
            .Where(t => t.IsPublic && t.Namespace == typeof(PageModel).Namespace)
            .Select(t => t.Name);
        var named = typeof(Theme).GetMethod(nameof(Theme.Load))!
            .GetCustomAttributes<DynamicDependencyAttribute>()
            .Select(a => a.Type!.Name);

        Assert.Equal(12, models.Count());
        Assert.Equal(models.Order(StringComparer.Ordinal), named.Order(StringComparer.Ordinal));
    }

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
