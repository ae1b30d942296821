using AppealHandbook.Tests.TestKit;
using static AppealHandbook.Tests.Hostile.HostileKit;

namespace AppealHandbook.Tests.Hostile;

/// <summary>
/// One rule for every folder the build reads (static files, data, layouts, assets, interface
/// strings, the theme): nothing whose real path is outside its root is read or published, and
/// each such link is an AH001 error that names it. Links that stay inside the root still work.
/// </summary>
[Trait(Category.Name, Category.Hostile)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class SymbolicLinkHostileTests
{
    private const string Secret = "TOP-SECRET-CONTENT";

    /// <summary>A file outside the input holding <see cref="Secret"/> (valid YAML and Liquid, so only the link can stop it).</summary>
    private static string SecretFile(TestSite site, string name = "secret.txt")
    {
        var path = Path.Combine(site.Root, name);
        File.WriteAllText(path, "title: " + Secret + "\n");
        return path;
    }

    private static void AssertSecretNotPublished(Scenario s)
    {
        if (!Directory.Exists(s.Site.Output))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(s.Site.Output, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(Secret, File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("input/assets/site.css")]
    [InlineData("input/assets/fonts/secret.woff2")]
    [InlineData("input/layouts/article.liquid")]
    [InlineData("input/layouts/partials/secret.liquid")]
    [InlineData("input/_data/glossary.yml")]
    [InlineData("input/i18n/en.yml")]
    [InlineData("input/images/secret.png")]
    [InlineData("input/downloads/deep/er/secret.pdf")]
    public void A_file_link_to_outside_the_input_is_AH001_naming_it_and_nothing_is_read(string link)
    {
        using var s = Scenario.Run(site =>
        {
            var full = Path.Combine(site.Root, link);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.Delete(full);
            File.CreateSymbolicLink(full, SecretFile(site));
        });

        s.ExpectError("AH001", link);
        AssertSecretNotPublished(s);
    }

    [Theory]
    [InlineData("input/assets/leak")]
    [InlineData("input/layouts/partials")]
    [InlineData("input/images")]
    [InlineData("input/_data")]
    public void A_folder_link_to_outside_the_input_is_AH001_naming_it(string link)
    {
        using var s = Scenario.Run(site =>
        {
            var outside = Path.Combine(site.Root, "outside");
            Directory.CreateDirectory(outside);
            File.WriteAllText(Path.Combine(outside, "glossary.yml"), "- {id: x, zh: " + Secret + ", en: " + Secret + "}\n");
            File.WriteAllText(Path.Combine(outside, "secret.liquid"), Secret);
            var full = Path.Combine(site.Root, link);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            if (Directory.Exists(full))
            {
                Directory.Delete(full, recursive: true);
            }

            Directory.CreateSymbolicLink(full, outside);
        });

        Assert.Contains(s.Result.Diagnostics, d => d.Code == "AH001" && d.Path.StartsWith(link, StringComparison.Ordinal));
        Assert.False(s.Result.Succeeded);
        AssertSecretNotPublished(s);
    }

    [Fact]
    public void A_chain_of_links_that_ends_outside_is_AH001_even_when_the_first_link_points_inside()
    {
        using var s = Scenario.Run(site =>
        {
            var images = Path.Combine(site.Input, "images");
            Directory.CreateDirectory(images);
            // images/a.png → ../hop.png (inside) → the secret (outside).
            File.CreateSymbolicLink(Path.Combine(site.Input, "hop.png"), SecretFile(site));
            File.CreateSymbolicLink(Path.Combine(images, "a.png"), "../hop.png");
        });

        s.ExpectError("AH001", "input/images/a.png");
        s.ExpectError("AH001", "input/hop.png");
        AssertSecretNotPublished(s);
    }

    [Fact]
    public void A_relative_link_that_climbs_out_through_dot_dot_is_AH001()
    {
        using var s = Scenario.Run(site =>
        {
            SecretFile(site);
            var images = Path.Combine(site.Input, "images");
            Directory.CreateDirectory(images);
            File.CreateSymbolicLink(Path.Combine(images, "a.png"), "../../secret.txt");
        });

        s.ExpectError("AH001", "input/images/a.png");
        AssertSecretNotPublished(s);
    }

    [Fact]
    public void An_article_folder_linked_from_outside_is_refused()
    {
        using var s = Scenario.Run(site =>
        {
            var outside = Path.Combine(site.Root, "outside-en");
            Directory.Move(Path.Combine(site.Input, "en"), outside);
            Directory.CreateSymbolicLink(Path.Combine(site.Input, "en"), outside);
        });

        Assert.False(s.Result.Succeeded, Describe(s.Result));
        Assert.Contains(s.Result.Diagnostics, d => d.Code == "AH001" && d.Path.StartsWith("input/en", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_that_stays_inside_the_input_is_published_like_the_file()
    {
        using var s = Scenario.Run(site =>
        {
            var images = Path.Combine(site.Input, "images");
            Directory.CreateDirectory(images);
            File.WriteAllBytes(Path.Combine(images, "a.png"), [0x89, 0x50, 0x4E, 0x47]);
            File.CreateSymbolicLink(Path.Combine(images, "b.png"), "a.png");
        });

        s.ExpectSuccess();
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], File.ReadAllBytes(Path.Combine(s.Site.Output, "images", "b.png")));
    }

    [Fact]
    public void A_link_in_the_theme_to_outside_the_theme_is_AH001_naming_it()
    {
        using var s = Scenario.Run(site =>
        {
            Scenario.CopyFolder(Repository.Theme, Path.Combine(site.Root, "theme"));
            File.CreateSymbolicLink(Path.Combine(site.Root, "theme", "assets", "leak.txt"), SecretFile(site));
        }, options: null);
        s.Rebuild(s.Site.Options() with { ThemeDirectory = Path.Combine(s.Site.Root, "theme") });

        s.ExpectError("AH001", "theme/assets/leak.txt");
        AssertSecretNotPublished(s);
    }
}
