using System.Text;
using AppealHandbook.Tests.TestKit;
using static AppealHandbook.Tests.Hostile.HostileKit;

namespace AppealHandbook.Tests.Hostile;

/// <summary>
/// Hostile keys and paths: <c>..</c>, <c>/</c>, <c>\</c>, absolute paths, Windows reserved names,
/// keys that clash with the site's own routes, Unicode look-alikes, and link or file paths that
/// try to leave the site. Nothing may be written outside the output folder.
/// </summary>
[Trait(Category.Name, Category.Hostile)]
public class KeyAndPathHostileTests
{
    /// <summary>A YAML double-quoted scalar holding <paramref name="value"/> exactly.</summary>
    public static string YamlQuote(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                '\u0085' => "\\N",
                '\u2028' => "\\L",
                '\u2029' => "\\P",
                '\uFEFF' => "\\uFEFF",
                _ when char.IsControl(c) => $"\\x{(int)c:X2}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    public static TheoryData<string, string> BadKeys => new()
    {
        { "parent folder", ".." },
        { "climbing path", "../../etc/passwd" },
        { "climbing after the key", "late-shipment-rate/../../x" },
        { "root", "/" },
        { "backslash", "\\" },
        { "slash inside", "late/shipment-rate" },
        { "backslash inside", "late\\shipment-rate" },
        { "absolute Unix path", "/etc/passwd" },
        { "absolute Windows path", "C:\\Windows\\System32" },
        { "UNC path", "\\\\server\\share" },
        { "home folder", "~/late-shipment-rate" },
        { "percent-encoded dots", "%2e%2e%2f" },
        { "current folder", "." },
        { "space", "late shipment rate" },
        { "upper case", "Late-Shipment-Rate" },
        { "underscore", "late_shipment_rate" },
        { "double hyphen", "late--shipment-rate" },
        { "leading hyphen", "-late-shipment-rate" },
        { "Cyrillic а look-alike", "lаte-shipment-rate" },
        { "Greek ο look-alike", "late-shipment-rate".Replace('o', 'ο') + "-ο" },
        { "fullwidth letters", "ｌａｔｅ-shipment-rate" },
        { "Unicode hyphen U+2010", "late‐shipment‐rate" },
        { "zero-width space", "late-shipment\u200B-rate" },
        { "combining accent", "late-shipme\u0301nt-rate" },
        { "right-to-left override", "late-\u202Eetar-tnempihs" },
        { "NUL escape", "late-shipment-rate\0" },
    };

    [Theory]
    [MemberData(nameof(BadKeys))]
    public void A_key_that_is_not_a_plain_slug_is_FM005_on_line_3(string name, string key)
    {
        using var s = Scenario.Run(site => ReplaceField(site, "key", "key: " + YamlQuote(key)));

        // A control character may be reported as a wrong value (FM003) rather than a bad key (FM005).
        var code = key.Any(char.IsControl) && !s.Result.Diagnostics.Any(d => d.Code == "FM005") ? "FM003" : "FM005";
        var error = s.ExpectError(code, EnArticle, line: 3);
        Assert.True(error.Message.Length < 400, name);
    }

    [Theory]
    [InlineData("search")]
    [InlineData("types")]
    [InlineData("tags")]
    [InlineData("status")]
    [InlineData("assets")]
    [InlineData("feed")]
    [InlineData("index")]
    public void A_key_that_clashes_with_a_site_route_is_FM005_on_line_3(string key)
    {
        using var s = Scenario.Run(site => site.Write(SiteFixtures.Guide("zh", key, "冲突") + SiteFixtures.Guide("en", key, "Clash")));

        foreach (var lang in new[] { "zh", "en" })
        {
            var error = s.ExpectError("FM005", $"input/{lang}/{key}.md", line: 3);
            Assert.Contains(key, error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("con")]
    [InlineData("nul")]
    [InlineData("com1")]
    [InlineData("aux")]
    [InlineData("prn")]
    [InlineData("lpt1")]
    [InlineData("com9")]
    public void A_windows_reserved_name_as_a_key_is_FM005(string key)
    {
        using var s = Scenario.Run(site => site.Write(SiteFixtures.Guide("zh", key, "保留名") + SiteFixtures.Guide("en", key, "Reserved name")));

        var error = s.ExpectError("FM005", $"input/en/{key}.md", line: 3);
        Assert.Contains("device name on Windows", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("console")]
    [InlineData("com")]
    [InlineData("com10")]
    [InlineData("null-listing")]
    public void Keys_that_only_start_like_a_device_name_are_fine(string key)
    {
        Assert.False(AppealHandbook.Core.ArticleKey.IsWindowsDeviceName(key));
    }

    [Fact]
    public void A_cyrillic_file_name_with_a_cyrillic_key_is_FM005()
    {
        const string key = "lаte-shipment-rate"; // Cyrillic а
        using var s = Scenario.Run(site => site.Write(SiteFixtures.Guide("zh", key, "仿冒") + SiteFixtures.Guide("en", key, "Look-alike")));

        var error = s.ExpectError("FM005", $"input/en/{key}.md", line: 3);
        Assert.Contains("kebab-case", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ascii_key_in_a_cyrillic_file_name_is_FM005_and_is_not_a_duplicate()
    {
        const string file = "lаte-shipment-rate"; // Cyrillic а in the file name only
        using var s = Scenario.Run(site =>
        {
            var text = ReadText(site, EnArticle);
            WriteText(site, $"input/en/{file}.md", text);
        });

        var error = s.ExpectError("FM005", $"input/en/{file}.md", line: 3);
        Assert.Contains("file name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_look_alike_xref_is_LK003_on_its_line()
    {
        using var s = Scenario.Run(site => site.Edit(EnArticle, "xref:order-defect-rate#causes", "xref:оrder-defect-rate#causes")); // Cyrillic о

        s.ExpectError("LK003", EnArticle, line: 19);
    }

    [Fact]
    public void A_look_alike_related_key_is_FM008_on_its_line()
    {
        using var s = Scenario.Run(site => site.Edit(EnArticle, "related: []", "related: [оrder-defect-rate]")); // Cyrillic о

        s.ExpectError("FM008", EnArticle, line: 8);
    }

    public static TheoryData<string, string> EscapingLinks => new()
    {
        { "relative climb", "[x](../../../../etc/passwd)" },
        { "site-absolute climb", "[x](/../../etc/passwd)" },
        { "site-absolute system file", "[x](/etc/passwd)" },
        { "image climb", "![the password file](../../../../etc/passwd)" },
        { "Windows absolute path", "[x](C:/Windows/win.ini)" },
        { "backslash climb", "[x](..\\..\\..\\etc\\passwd)" },
        { "percent-encoded climb", "[x](..%2F..%2F..%2Fetc%2Fpasswd)" },
        { "percent-encoded dots", "[x](%2e%2e/%2e%2e/%2e%2e/etc/passwd)" },
        { "doubled dots", "[x](....//....//etc/passwd)" },
        { "file URL", "[x](file:///etc/passwd)" },
        { "an input file by its path", "[x](../../input/site.yml)" },
        { "a data file", "[x](../_data/glossary.yml)" },
    };

    [Theory]
    [MemberData(nameof(EscapingLinks))]
    public void A_link_that_leaves_the_site_is_reported_on_its_line(string name, string link)
    {
        using var s = Scenario.Run(site => site.Edit(EnArticle, "See [the other](xref:order-defect-rate#causes).", "See " + link + "."));

        Assert.False(s.Result.Succeeded, name + ": a link outside the site must not build");
        var error = s.Result.Diagnostics.FirstOrDefault(d => d.Path == EnArticle && d.Code is "LK001" or "LK005" or "SEC002");
        Assert.True(error is not null, $"{name}: expected LK001, LK005 or SEC002:\n{Describe(s.Result)}");
        AssertClear(error, EnArticle, line: 19);
    }

    [Fact]
    public void Tags_made_of_path_characters_stay_inside_the_output()
    {
        using var s = Scenario.Run(site => ReplaceField(site, "tags",
            "tags: [\"../../../escape\", \"/\", \"\\\\\", \"..\", \"con\", \"a/b\", \"/etc/passwd\", \"C:\\\\x\", \"%2e%2e\", \"metrics\", \"metriсs\"]"));

        s.ExpectSuccess();
        var tags = Path.Combine(s.Site.Output, "en", "tags");
        foreach (var folder in Directory.EnumerateDirectories(tags))
        {
            var name = Path.GetFileName(folder);
            Assert.False(name is "." or ".." || name.Contains('\\', StringComparison.Ordinal) || name.Contains('/', StringComparison.Ordinal), name);
            Assert.True(File.Exists(Path.Combine(folder, "index.html")), name);
        }

        Assert.False(File.Exists(Path.Combine(s.Site.Root, "..", "escape", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(s.Site.Root, "escape")));
    }

    [Fact]
    public void Hidden_static_files_are_not_published_and_nothing_leaves_the_output()
    {
        using var s = Scenario.Run(site =>
        {
            WriteBytes(site, "input/images/..png", [0x89, 0x50, 0x4E, 0x47]);
            WriteBytes(site, "input/images/.env", Encoding.UTF8.GetBytes("SECRET=1"));
            WriteBytes(site, "input/.git/config", Encoding.UTF8.GetBytes("[core]"));
        });

        s.ExpectSuccess();
        Assert.False(File.Exists(Path.Combine(s.Site.Output, "images", ".env")), "a dotfile was published");
        Assert.False(Directory.Exists(Path.Combine(s.Site.Output, ".git")), "a .git folder was published");
    }

    [Theory]
    [InlineData("con.png")]
    [InlineData("a b#c?.png")]
    [InlineData("ünïcödé 图片.png")]
    [InlineData("-rf.png")]
    public void Static_files_with_hostile_names_are_copied_inside_the_output(string name)
    {
        using var s = Scenario.Run(site => WriteBytes(site, "input/images/" + name, [0x89, 0x50, 0x4E, 0x47]));

        s.ExpectSuccess();
        Assert.True(File.Exists(Path.Combine(s.Site.Output, "images", name)), name + " was not copied");
    }

    private static void AddViolationType(TestSite site, string id) =>
        WriteText(site, "input/_data/violation-types.yml", ReadText(site, "input/_data/violation-types.yml").TrimEnd('\n') +
            "\n- id: " + YamlQuote(id) + "\n  name: {zh: 逃逸, en: Escape}\n  description: {zh: 逃逸。, en: Escape.}\n");

    [Theory]
    [InlineData("../escape")]
    [InlineData("/etc")]
    [InlineData("..")]
    public void A_hostile_violation_type_id_is_AH002_on_its_line(string id)
    {
        using var s = Scenario.Run(site => AddViolationType(site, id));

        // The new type's '- id:' is line 8 of the fixture's violation-types.yml.
        var error = s.ExpectError("AH002", "input/_data/violation-types.yml", line: 8);
        Assert.Contains("must be kebab-case", error.Message, StringComparison.Ordinal);
        Assert.Single(s.Result.Diagnostics);
    }

    [Fact]
    public void A_windows_device_name_as_a_violation_type_id_is_accepted_today()
    {
        // A key 'con' is FM005 (a Windows device name), but a type id 'con' is accepted and writes
        // en/types/con/, which cannot be checked out on Windows. A later issue gives type ids the key rule.
        using var s = Scenario.Run(site => AddViolationType(site, "con"));

        s.ExpectSuccess();
        Assert.Empty(s.Result.Diagnostics);
        Assert.True(File.Exists(Path.Combine(s.Site.Output, "en", "types", "con", "index.html")));
    }

    [Theory]
    [InlineData("../../escape")]
    [InlineData("a b")]
    [InlineData("\"><script>alert(1)</script>")]
    public void A_hostile_glossary_id_is_AH002_on_its_line(string id)
    {
        using var s = Scenario.Run(site => site.Edit("input/_data/glossary.yml", "- id: odr", "- id: " + YamlQuote(id)));

        s.ExpectError("AH002", "input/_data/glossary.yml", line: 1);
    }
}
