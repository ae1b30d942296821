using AppealHandbook.Core;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Layout;

/// <summary>The "Do this now" box on an article page, and its link into the deadlines guide.</summary>
[Trait(Category.Name, Category.Unit)]
public class DoThisNowBoxTests
{
    private static string Deadlines(string lang, string heading) =>
        $$"""
        -- input/{{lang}}/deadlines.md --
        ---
        title: {{(lang == "zh" ? "截止日期" : "Deadlines")}}
        key: deadlines
        lang: {{lang}}
        type: guides
        summary: Every deadline.
        updated: 2026-01-31
        ---

        ## {{heading}} {#performance}

        | Situation | Window |
        |---|---|
        | A-to-z | 72 hours |

        """;

    private static TestSite SiteWithDeadlines() =>
        TestSite.Create(SiteFixtures.Valid + Deadlines("zh", "绩效指标") + Deadlines("en", "Performance metrics"));

    [Fact]
    public void The_box_lists_both_lists_and_links_the_deadline_section_in_the_page_language()
    {
        using var site = SiteWithDeadlines();
        site.Edit("input/zh/late-shipment-rate.md", "avoid: [Do not open a second account.]", "avoid: [不要另开新账户。, 不要原样重发申诉。]\ndeadline: performance");
        site.Build();

        var box = site.Html("zh/late-shipment-rate/index.html").QuerySelector("[data-do-this-now]");

        Assert.NotNull(box);
        Assert.Equal("先做这几件事", box.QuerySelector("h2")!.TextContent);
        Assert.Equal(["Read the notice."], box.QuerySelectorAll(".do-now-steps li").Select(li => li.TextContent));
        Assert.Equal(["不要另开新账户。", "不要原样重发申诉。"], box.QuerySelectorAll(".do-now-avoid li").Select(li => li.TextContent));
        var link = box.QuerySelector("a[data-deadline-link]")!;
        Assert.Equal("../../zh/deadlines/#performance", link.GetAttribute("href"));
        Assert.Equal("截止日期 › 绩效指标", link.TextContent);
    }

    [Fact]
    public void The_box_comes_before_the_article_body_and_guides_have_none()
    {
        using var site = SiteWithDeadlines();
        site.Build();

        var article = site.ReadOutput("en/late-shipment-rate/index.html");
        Assert.True(article.IndexOf("data-do-this-now", StringComparison.Ordinal) < article.IndexOf("class=\"prose\"", StringComparison.Ordinal));
        Assert.DoesNotContain("data-deadline-link", article); // no deadline given: no link
        Assert.DoesNotContain("data-do-this-now", site.ReadOutput("en/deadlines/index.html"));
    }

    [Fact]
    public void A_deadline_that_names_no_section_is_LK004_on_its_line()
    {
        using var site = SiteWithDeadlines();
        site.Edit("input/en/late-shipment-rate.md", "avoid: [Do not open a second account.]", "avoid: [Do not open a second account.]\ndeadline: funds");

        var result = site.BuildWithDiagnostics();

        Assert.False(result.Succeeded);
        var d = TestSite.Single(result, "LK004");
        Assert.Equal(("input/en/late-shipment-rate.md", 13), (d.Path, d.Line));
        Assert.Contains("performance", d.Message);
    }

    [Fact]
    public void A_deadline_without_a_deadlines_guide_is_LK003_on_its_line()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);
        site.Edit("input/en/late-shipment-rate.md", "avoid: [Do not open a second account.]", "avoid: [Do not open a second account.]\ndeadline: performance");

        var result = site.BuildWithDiagnostics();

        var d = TestSite.Single(result, "LK003");
        Assert.Equal(("input/en/late-shipment-rate.md", 13), (d.Path, d.Line));
    }
}
