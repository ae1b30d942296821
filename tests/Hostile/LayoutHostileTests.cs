using AppealHandbook.Tests.TestKit;
using static AppealHandbook.Tests.Hostile.HostileKit;

namespace AppealHandbook.Tests.Hostile;

/// <summary>
/// Mistakes in layout overrides (<c>input/layouts/</c>) are AH004 at the template's file, line
/// and column, in one line, with the fix: Liquid syntax errors (in layouts and in partials),
/// includes of partials that do not exist, includes that leave the layouts folder, include
/// cycles, and includes whose computed name is missing. Never AH999, never blamed on the theme.
/// </summary>
[Trait(Category.Name, Category.Hostile)]
public class LayoutHostileTests
{
    private static void AssertOneLine(AppealHandbook.Core.Diagnostic error)
    {
        Assert.DoesNotContain('\n', error.ToString());
        Assert.DoesNotContain("report", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("<p>\n{% if page.title %}\n  {% endfor %}\n", 3, 3)]
    [InlineData("<p>\n\n {{ page.title | }}\n", 3, 17)]
    [InlineData("<p>\n<p>\n<p>\n{% for x in %}\n", 4, 0)]
    [InlineData("{{ page.title\n", 1, 0)]
    [InlineData("<p>\n{% nosuchtag %}\n", 2, 0)]
    public void A_liquid_syntax_error_in_a_layout_is_AH004_at_its_line(string template, int line, int column)
    {
        using var s = Scenario.Run(site => WriteText(site, "input/layouts/article.liquid", template));

        var error = s.ExpectError("AH004", "input/layouts/article.liquid", line);
        AssertOneLine(error);
        if (column > 0)
        {
            Assert.Equal(column, error.Column);
        }
    }

    [Fact]
    public void A_liquid_syntax_error_in_a_partial_is_AH004_at_the_partial_not_the_theme()
    {
        using var s = Scenario.Run(site =>
        {
            WriteText(site, "input/layouts/partials/footer.liquid", "<footer>\n  {% if x %}\n</footer>\n");
        });

        var error = s.ExpectError("AH004", "input/layouts/partials/footer.liquid");
        Assert.True(error.Line >= 2, error.ToString());
        AssertOneLine(error);
        Assert.DoesNotContain(s.Result.Diagnostics, d => d.Path.StartsWith("themes/", StringComparison.Ordinal) || d.Path.Contains("/themes/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{% include 'partials/nope' %}")]
    [InlineData("{% render 'partials/nope' %}")]
    [InlineData("{%- include \"nope\" -%}")]
    public void An_include_of_a_missing_partial_is_AH004_at_the_include(string include)
    {
        using var s = Scenario.Run(site => WriteText(site, "input/layouts/article.liquid", "<p>\n  " + include + "\n"));

        var error = s.ExpectError("AH004", "input/layouts/article.liquid", 2);
        Assert.Equal(3, error.Column);
        Assert.Contains("nope", error.Message, StringComparison.Ordinal);
        AssertOneLine(error);
    }

    [Theory]
    [InlineData("../../secret")]
    [InlineData("../layouts/base")]
    [InlineData("/etc/passwd")]
    [InlineData("partials/../../x")]
    public void An_include_that_leaves_the_layouts_folder_is_AH004(string name)
    {
        using var s = Scenario.Run(site => WriteText(site, "input/layouts/article.liquid", $"<p>\n{{% include '{name}' %}}\n"));

        var error = s.ExpectError("AH004", "input/layouts/article.liquid", 2);
        Assert.Contains("leaves the layouts folder", error.Message, StringComparison.Ordinal);
        AssertOneLine(error);
    }

    [Fact]
    public void An_include_cycle_is_AH004_at_the_include_that_closes_it()
    {
        using var s = Scenario.Run(site =>
        {
            WriteText(site, "input/layouts/article.liquid", "<p>\n{% include 'partials/a' %}\n");
            WriteText(site, "input/layouts/partials/a.liquid", "A {% include 'partials/b' %}\n");
            WriteText(site, "input/layouts/partials/b.liquid", "B\n\n{% include 'partials/a' %}\n");
        });

        var error = s.ExpectError("AH004", "input/layouts/partials/b.liquid", 3);
        Assert.Contains("partials/a → partials/b → partials/a", error.Message, StringComparison.Ordinal);
        AssertOneLine(error);
    }

    [Fact]
    public void A_partial_that_includes_itself_is_AH004()
    {
        using var s = Scenario.Run(site =>
        {
            WriteText(site, "input/layouts/article.liquid", "<p>\n{% include 'partials/me' %}\n");
            WriteText(site, "input/layouts/partials/me.liquid", "{% include 'partials/me' %}\n");
        });

        AssertOneLine(s.ExpectError("AH004", "input/layouts/partials/me.liquid", 1));
    }

    [Fact]
    public void An_include_whose_computed_name_is_missing_is_AH004_at_the_layout()
    {
        using var s = Scenario.Run(site => WriteText(site, "input/layouts/article.liquid", "<p>\n{% include page.title %}\n"));

        var error = s.ExpectError("AH004", "input/layouts/article.liquid");
        Assert.Contains("Add it, or fix the name", error.Message, StringComparison.Ordinal);
        AssertOneLine(error);
    }
}
