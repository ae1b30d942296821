using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Checks;

/// <summary>
/// Every check can fail: each case breaks the small site declared below in one place and proves
/// the report names the right code, file and line; the unbroken shared fixture passes every check.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public class CheckFixtureTests
{
    /// <summary>
    /// The site each breakage starts from: two articles in both languages, each with a lead on
    /// line 15, the overview heading on 17, a link on 19, the causes heading on 21 and text on 23.
    /// </summary>
    private static readonly string Site = SiteFixtures.Frame + """
        -- input/zh/late-shipment-rate.md --
        ---
        title: 迟发率
        key: late-shipment-rate
        lang: zh
        type: metrics
        summary: Summary of 迟发率.
        updated: 2026-01-31
        related: []
        tags: [指标]
        aliases: [ODR]
        first-steps: [Read the notice.]
        avoid: [Do not open a second account.]
        ---

        Lead.

        ## 概述 {#overview}

        See [the other](xref:order-defect-rate#causes).

        ## 常见原因 {#causes}

        Text.
        -- input/en/late-shipment-rate.md --
        ---
        title: Late shipment rate
        key: late-shipment-rate
        lang: en
        type: metrics
        summary: Summary of Late shipment rate.
        updated: 2026-01-31
        related: []
        tags: [metrics]
        aliases: [ODR]
        first-steps: [Read the notice.]
        avoid: [Do not open a second account.]
        ---

        Lead.

        ## Overview {#overview}

        See [the other](xref:order-defect-rate#causes).

        ## Common causes {#causes}

        Text.
        -- input/zh/order-defect-rate.md --
        ---
        title: 订单缺陷率
        key: order-defect-rate
        lang: zh
        type: metrics
        summary: Summary of 订单缺陷率.
        updated: 2026-01-31
        related: []
        tags: [指标]
        aliases: [ODR]
        first-steps: [Read the notice.]
        avoid: [Do not open a second account.]
        ---

        Lead.

        ## 概述 {#overview}

        见[迟发率](xref:late-shipment-rate)。

        ## 常见原因 {#causes}

        Text.
        -- input/en/order-defect-rate.md --
        ---
        title: Order defect rate
        key: order-defect-rate
        lang: en
        type: metrics
        summary: Summary of Order defect rate.
        updated: 2026-01-31
        related: []
        tags: [metrics]
        aliases: [ODR]
        first-steps: [Read the notice.]
        avoid: [Do not open a second account.]
        ---

        Lead.

        ## Overview {#overview}

        See [late shipments](xref:late-shipment-rate).

        ## Common causes {#causes}

        Text.
        """;

    public static TheoryData<string, string, string, string, string, int> Breakages => new()
    {
        // name, file, replace, with, expected code, expected line
        { "broken internal link", "input/en/late-shipment-rate.md", "See [the other](xref:order-defect-rate#causes).", "See [the other](../nowhere/).", "LK001", 19 },
        { "broken fragment", "input/en/late-shipment-rate.md", "See [the other](xref:order-defect-rate#causes).", "Read [below](#no-such-section).", "LK002", 19 },
        { "unknown xref", "input/en/late-shipment-rate.md", "xref:order-defect-rate#causes", "xref:no-such-article", "LK003", 19 },
        { "unknown xref section", "input/en/late-shipment-rate.md", "xref:order-defect-rate#causes", "xref:order-defect-rate#no-such-section", "LK004", 19 },
        { "broken image", "input/en/late-shipment-rate.md", "See [the other](xref:order-defect-rate#causes).", "![Account Health page](../images/missing.png)", "LK005", 19 },
        { "image without alt text", "input/en/late-shipment-rate.md", "See [the other](xref:order-defect-rate#causes).", "![](https://example.org/a.png)", "ST007", 19 },
        { "missing required section", "input/zh/late-shipment-rate.md", "## 常见原因 {#causes}", "## 常见原因 {#reasons}", "ST002", 21 },
        { "sections out of order", "input/en/order-defect-rate.md", "## Overview {#overview}", "## Common causes {#causes}\n\nFirst.\n\n## Overview {#overview}", "ST003", 21 },
        { "an H1 in the body", "input/en/late-shipment-rate.md", "Lead.", "# Another title {#other}", "ST004", 15 },
        { "skipped heading level", "input/en/late-shipment-rate.md", "Lead.", "## Intro {#intro}\n\n#### Deep {#deep}", "ST005", 17 },
        { "duplicate heading id", "input/en/late-shipment-rate.md", "Text.", "### Again {#overview}", "ST006", 23 },
        { "missing title", "input/en/late-shipment-rate.md", "title: Late shipment rate\n", "", "FM002", 2 },
        { "bad date", "input/zh/order-defect-rate.md", "updated: 2026-01-31", "updated: 2026-13-45", "FM003", 7 },
        { "lang does not match folder", "input/zh/order-defect-rate.md", "lang: zh", "lang: en", "FM004", 4 },
        { "key not kebab-case", "input/zh/order-defect-rate.md", "key: order-defect-rate", "key: OrderDefectRate", "FM005", 3 },
        { "unknown type", "input/zh/order-defect-rate.md", "type: metrics", "type: metric", "FM007", 5 },
        { "unknown related key", "input/zh/order-defect-rate.md", "related: []", "related: [no-such-key]", "FM008", 8 },
        { "raw HTML", "input/en/late-shipment-rate.md", "Lead.", "<script>alert(1)</script>", "SEC001", 15 },
        { "javascript: URL", "input/en/late-shipment-rate.md", "See [the other](xref:order-defect-rate#causes).", "See [x](javascript:alert(1)).", "SEC002", 19 },
        { "event handler attribute", "input/en/late-shipment-rate.md", "## Common causes {#causes}", "## Common causes {#causes onclick=alert(1)}", "SEC003", 21 },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Each_check_reports_the_file_line_and_code(string name, string file, string replace, string with, string code, int line)
    {
        // Arrange
        using var site = TestSite.Create(Site);
        site.Edit(file, replace, with);

        // Act
        var result = site.BuildWithDiagnostics();

        // Assert
        Assert.False(result.Succeeded, name);
        var diagnostic = result.Diagnostics.FirstOrDefault(d => d.Code == code);
        Assert.True(diagnostic is not null, $"{name}: expected {code}, got:\n" + string.Join("\n", result.Diagnostics));
        Assert.Equal(file, diagnostic.Path);
        Assert.Equal(line, diagnostic.Line);
        Assert.False(Directory.Exists(site.Output), "a failed build must not write the site");
    }

    [Fact]
    public void The_unbroken_fixture_passes_every_check()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);

        var result = site.BuildWithDiagnostics();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_missing_translation_is_an_error_on_the_existing_file()
    {
        using var site = TestSite.Create(SiteFixtures.Frame + """
            -- input/zh/order-defect-rate.md --
            ---
            title: 订单缺陷率
            key: order-defect-rate
            lang: zh
            type: metrics
            summary: 关于订单缺陷率。
            updated: 2026-01-31
            first-steps: [Read the notice.]
            avoid: [Do not open a second account.]
            ---

            ## 概述 {#overview}

            ## 常见原因 {#causes}
            """);

        var result = site.BuildWithDiagnostics();

        var diagnostic = TestSite.Single(result, "ST001");
        Assert.Equal(("input/zh/order-defect-rate.md", 3), (diagnostic.Path, diagnostic.Line));
    }

    [Fact]
    public void A_stale_translation_is_a_warning_and_the_page_shows_a_notice()
    {
        using var site = TestSite.Create(SiteFixtures.Frame + """
            -- input/zh/late-shipment-rate.md --
            ---
            title: 迟发率
            key: late-shipment-rate
            lang: zh
            type: metrics
            summary: 关于迟发率。
            updated: 2026-03-01
            first-steps: [Read the notice.]
            avoid: [Do not open a second account.]
            ---

            ## 概述 {#overview}

            ## 常见原因 {#causes}
            -- input/en/late-shipment-rate.md --
            ---
            title: Late shipment rate
            key: late-shipment-rate
            lang: en
            type: metrics
            summary: About the late shipment rate.
            updated: 2026-01-31
            first-steps: [Read the notice.]
            avoid: [Do not open a second account.]
            ---

            ## Overview {#overview}

            ## Common causes {#causes}
            """);

        var result = site.Build();

        var warning = TestSite.Single(result, "ST008");
        Assert.Equal(("input/en/late-shipment-rate.md", 7), (warning.Path, warning.Line));
        site.AssertFile("en/late-shipment-rate/index.html", "data-stale-notice", """href="../../zh/late-shipment-rate/" """);
        site.AssertFile("zh/late-shipment-rate/index.html", "! data-stale-notice");
    }

    [Fact]
    public void Diagnostics_print_as_path_line_col_severity_code_message()
    {
        var diagnostic = new AppealHandbook.Core.Diagnostic("input/zh/a.md", 12, 3, AppealHandbook.Core.Severity.Error, "LK003", "xref 'x' names no zh article.");

        Assert.Equal("input/zh/a.md:12:3: error LK003: xref 'x' names no zh article.", diagnostic.ToString());
        Assert.Equal("::error file=input/zh/a.md,line=12,col=3::LK003: xref 'x' names no zh article.", diagnostic.ToGitHubAnnotation());
    }
}
