namespace AppealHandbook.Tests.TestKit;

/// <summary>
/// The parts of a small site that tests declare inline (in <see cref="TestSite"/>'s block format):
/// the frame every site needs, and article pairs whose front matter and body the test shows.
/// </summary>
public static class InlineSite
{
    /// <summary>
    /// site.yml and the data files: one violation type, <c>metrics</c>, whose articles need no
    /// section; and one glossary term, <c>odr</c> (订单缺陷率, Order Defect Rate, alias ODR).
    /// </summary>
    public const string Frame =
        """
        -- input/site.yml --
        title: {zh: 测试手册, en: Test Handbook}
        description: {zh: 测试用的站点。, en: A site for tests.}
        baseUrl: https://example.org
        basePath: /
        -- input/_data/violation-types.yml --
        - id: metrics
          name: {zh: 绩效指标, en: Performance metrics}
          description: {zh: 指标。, en: Metrics.}
        - id: guides
          name: {zh: 指南, en: Guides}
          description: {zh: 指南。, en: Guides.}
        -- input/_data/structure.yml --
        default: []
        -- input/_data/glossary.yml --
        - id: odr
          zh: 订单缺陷率
          en: Order Defect Rate
          aliases: {zh: [缺陷率], en: [ODR]}
          definition: {zh: 有缺陷的订单所占的比例。, en: The share of orders with a defect.}

        """;

    /// <summary>The glossary and disclaimer pages every page's layout links to: a site needs them to pass the link check.</summary>
    public static string LinkedGuides =>
        SiteFixtures.Guide("zh", "glossary", "术语表") + SiteFixtures.Guide("en", "glossary", "Glossary")
        + SiteFixtures.Guide("zh", "disclaimer", "免责声明") + SiteFixtures.Guide("en", "disclaimer", "Disclaimer");

    /// <summary>
    /// The zh and en article of <paramref name="key"/>, type <c>metrics</c>, with the bodies given
    /// (titles: the key in capitals, and the key with 中文 in front).
    /// </summary>
    public static string Pair(string key, string en, string zh, string updated = "2026-01-31", string frontMatter = "") =>
        Article("en", key, key.ToUpperInvariant(), en, updated, frontMatter) + Article("zh", key, "中文" + key, zh, updated, frontMatter);

    /// <summary>One article of type <c>metrics</c>, with one item in each list of its "Do this now" box.</summary>
    public static string Article(string lang, string key, string title, string body, string updated = "2026-01-31", string frontMatter = "") =>
        $"""
        -- input/{lang}/{key}.md --
        ---
        title: {title}
        key: {key}
        lang: {lang}
        type: metrics
        summary: About {title}.
        updated: {updated}
        first-steps: [Read the notice.]
        avoid: [Do not delete the listing.]
        {frontMatter}
        ---

        {body}

        """;
}
