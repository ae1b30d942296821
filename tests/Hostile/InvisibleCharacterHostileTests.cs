using AppealHandbook.Tests.TestKit;
using AppealHandbook.Core;
using static AppealHandbook.Tests.Hostile.HostileKit;

namespace AppealHandbook.Tests.Hostile;

/// <summary>
/// Bidirectional overrides and other invisible format characters never reach the site: they are
/// removed wherever they are written (titles, headings, body, data files), each file with one
/// warning (ST013) at the first of them. The zero-width joiner of emoji sequences stays.
/// </summary>
[Trait(Category.Name, Category.Hostile)]
public class InvisibleCharacterHostileTests
{
    /// <summary>Format characters that change how text reads or hide inside it.</summary>
    public static TheoryData<string> Invisible() =>
    [
        "\u202E", "\u202D", "\u202A", "\u202B", "\u202C", "\u2066", "\u2067", "\u2068", "\u2069",
        "\u200E", "\u200F", "\u061C", "\u200B", "\u2060", "\u00AD", "\uFEFF", "\u200C",
    ];

    private static void AssertNotPublished(Scenario s, string character)
    {
        foreach (var file in Directory.EnumerateFiles(s.Site.Output, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain(character, File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Invisible))]
    public void An_invisible_character_in_a_title_is_removed_with_a_warning_at_its_line(string character)
    {
        using var s = Scenario.Run(site => ReplaceField(site, "title", $"title: Late {character}shipment rate"));

        s.ExpectSuccess();
        var warning = Assert.Single(s.Result.Diagnostics, d => d.Code == "ST013");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(EnArticle, warning.Path);
        Assert.Equal(LineOf(s.Site, EnArticle, "title:"), warning.Line);
        AssertNotPublished(s, character);
        Assert.Equal("Late shipment rate", s.Html("en/late-shipment-rate/index.html").QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public void Bidirectional_overrides_in_headings_and_body_are_removed_with_one_warning()
    {
        using var s = Scenario.Run(site =>
            AppendToBody(site, "\n## Safe \u202Eevil\u202C heading\n\nText \u2066with\u2069 \u200Bhidden characters.\n"));

        s.ExpectSuccess();
        Assert.Single(s.Result.Diagnostics, d => d.Code == "ST013");
        AssertNotPublished(s, "\u202E");
        AssertNotPublished(s, "\u2066");
        AssertNotPublished(s, "\u200B");
        Assert.NotNull(s.Html("en/late-shipment-rate/index.html").GetElementById("safe-evil-heading"));
    }

    [Fact]
    public void An_invisible_character_in_a_data_file_is_removed_with_a_warning()
    {
        using var s = Scenario.Run(site => WriteText(site, "input/_data/violation-types.yml",
            ReadText(site, "input/_data/violation-types.yml").Replace("Performance metrics", "Performance \u202Emetrics", StringComparison.Ordinal)));

        s.ExpectSuccess();
        Assert.Single(s.Result.Diagnostics, d => d.Code == "ST013" && d.Path == "input/_data/violation-types.yml");
        AssertNotPublished(s, "\u202E");
    }

    [Fact]
    public void The_zero_width_joiner_of_an_emoji_sequence_stays()
    {
        using var s = Scenario.Run(site => AppendToBody(site, "\nA family: 👩\u200D👩\u200D👧.\n"));

        s.ExpectSuccess();
        Assert.DoesNotContain(s.Result.Diagnostics, d => d.Code == "ST013");
    }
}
