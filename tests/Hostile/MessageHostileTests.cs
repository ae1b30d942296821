using AppealHandbook.Core;
using AppealHandbook.Tests.TestKit;
using static AppealHandbook.Tests.Hostile.HostileKit;

namespace AppealHandbook.Tests.Hostile;

/// <summary>
/// Each message is the problem, not the engine's state: malformed YAML names what is wrong and
/// where; a diagnostic stays one parseable line whatever the file is called, and proposes only
/// fixes that are valid; a bad command-line value is a usage error naming the option; no message
/// names an option that does not exist.
/// </summary>
[Trait(Category.Name, Category.Hostile)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class MessageHostileTests
{
    /// <summary>Phrases of .NET's own exception messages, which tell a contributor nothing.</summary>
    private static readonly string[] EngineWords = ["current state of the object", "Object reference", "Exception", "Operation is not valid"];

    private static void AssertAboutTheText(Diagnostic error)
    {
        foreach (var words in EngineWords)
        {
            Assert.DoesNotContain(words, error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("tags: [metrics", "tags:", 7, '[')]
    [InlineData("tags: {a: b", "tags:", 7, '{')]
    [InlineData("aliases: [ODR, \"x]\"", "aliases:", 10, '[')]
    [InlineData("related: [a, [b]", "related:", 10, '[')]
    public void An_unclosed_bracket_in_front_matter_is_FM001_at_the_bracket(string line, string field, int column, char bracket)
    {
        using var s = Scenario.Run(site => ReplaceField(site, field.TrimEnd(':'), line));

        var at = LineOf(s.Site, EnArticle, field);
        var error = s.ExpectError("FM001", EnArticle, at);
        Assert.Equal(column, error.Column);
        Assert.Contains($"'{bracket}' opened here is never closed", error.Message, StringComparison.Ordinal);
        AssertAboutTheText(error);
    }

    [Theory]
    [InlineData("- id: odr\n  zh: [订单缺陷率\n  en: Order Defect Rate\n", 2, 7)]
    [InlineData("- id: odr\n  zh: 订单缺陷率\n  en: Order Defect Rate\n  aliases: {zh: [缺陷率], en: [ODR]\n", 4, 12)]
    [InlineData("- {id: odr, zh: 订单缺陷率\n- id: x\n", 1, 3)]
    public void An_unclosed_bracket_in_a_data_file_is_AH002_at_the_bracket(string yaml, int line, int column)
    {
        using var s = Scenario.Run(site => WriteText(site, "input/_data/glossary.yml", yaml));

        var error = s.ExpectError("AH002", "input/_data/glossary.yml", line);
        Assert.Equal(column, error.Column);
        AssertAboutTheText(error);
    }

    [Theory]
    [InlineData("title: [a, b\nkey: x\n")]
    [InlineData("title: {a: b\nkey: x\n")]
    [InlineData("- [a\n- b\n")]
    [InlineData("a: [b, {c: d]\n")]
    [InlineData("a: 'unclosed\n")]
    [InlineData("a: b\n  c: d\n")]
    [InlineData("[\n")]
    [InlineData("a: [x # ]\n")]
    public void No_yaml_mistake_is_reported_in_the_engines_words(string yaml)
    {
        var bag = new DiagnosticBag();
        AppealHandbook.Core.YamlLoader.Load(yaml, "input/_data/x.yml", 1, "AH002", bag);

        var error = Assert.Single(bag.Sorted());
        AssertClear(error, "input/_data/x.yml");
        AssertAboutTheText(error);
    }

    [Theory]
    [InlineData("a\nb")]
    [InlineData("a\rb")]
    [InlineData("a\u001b[2Jb")]
    [InlineData("a\tb")]
    public void A_file_name_with_a_control_character_keeps_each_diagnostic_on_one_line(string name)
    {
        using var s = Scenario.Run(site => WriteText(site, $"input/en/{name}.md", ReadText(site, EnArticle)));

        Assert.False(s.Result.Succeeded);
        foreach (var diagnostic in s.Result.Diagnostics)
        {
            var line = diagnostic.ToString();
            Assert.DoesNotMatch("[\\x00-\\x1f\\x7f]", line);
            Assert.Matches(@"^[^\n]*:\d+:\d+: (error|warning) [A-Z]+\d+: ", line);
            Assert.DoesNotContain('\n', diagnostic.ToGitHubAnnotation());
        }
    }

    [Fact]
    public void A_key_that_differs_from_an_invalid_file_name_proposes_only_a_valid_fix()
    {
        using var s = Scenario.Run(site => WriteText(site, "input/en/Late Shipment\nRate.md", ReadText(site, EnArticle)));

        var error = s.Result.Diagnostics.First(d => d.Code == "FM005");
        Assert.DoesNotContain("key: Late", error.Message, StringComparison.Ordinal);
        Assert.Contains("Rename the file to 'late-shipment-rate.md'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_github_annotation_escapes_the_file_name()
    {
        var annotation = new Diagnostic("input/en/a,b:c.md", 3, 1, Severity.Error, "FM005", "x").ToGitHubAnnotation();

        Assert.StartsWith("::error file=input/en/a%2Cb%3Ac.md,line=3,col=1::", annotation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/\\\\evil.example/")]
    [InlineData("/a b/")]
    [InlineData("/<script>/")]
    [InlineData("/a/%2e%2e/")]
    public void A_bad_base_path_on_the_command_line_is_a_usage_error_naming_the_option(string basePath)
    {
        using var site = TestSite.Create(SiteFixtures.Valid);

        var run = CliRunner.Execute(TimeSpan.FromSeconds(60), "build", "--input", site.Input, "--output", site.Output, "--base-path", basePath);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--base-path", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("site.yml", run.All, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.All, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output), "nothing is built");
    }

    [Fact]
    public void A_bad_base_path_in_site_yml_is_still_AH002_at_its_line()
    {
        using var s = Scenario.Run(site => WriteText(site, "input/site.yml", ReadText(site, "input/site.yml").Replace("basePath: /", "basePath: /a b/", StringComparison.Ordinal)));

        s.ExpectError("AH002", "input/site.yml", LineOf(s.Site, "input/site.yml", "basePath:"));
    }

    [Fact]
    public void A_missing_theme_names_the_folder_and_no_option_that_does_not_exist()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);

        var result = BuildSafely(site, site.Options() with { ThemeDirectory = Path.Combine(site.Root, "no-theme") });

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.DoesNotContain("--theme", error.Message, StringComparison.Ordinal);
        Assert.Contains("no-theme", error.Message, StringComparison.Ordinal);
    }
}
