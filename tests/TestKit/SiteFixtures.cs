namespace AppealHandbook.Tests.TestKit;

/// <summary>A small, valid bilingual site that tests change one file at a time to break or probe it.</summary>
public static class SiteFixtures
{
    /// <summary>One article in the block format.</summary>
    public static string Article(string lang, string key, string title, string type = "metrics", string updated = "2026-01-31", string related = "[]", string body = "") =>
        $$"""
        -- input/{{lang}}/{{key}}.md --
        ---
        title: {{title}}
        key: {{key}}
        lang: {{lang}}
        type: {{type}}
        summary: Summary of {{title}}.
        updated: {{updated}}
        related: {{related}}
        tags: [{{(lang == "zh" ? "指标" : "metrics")}}]
        aliases: [ODR]
        first-steps: [Read the notice.]
        avoid: [Do not open a second account.]
        ---

        Lead.

        ## {{(lang == "zh" ? "概述" : "Overview")}} {#overview}

        {{(body.Length > 0 ? body : "See [the other](xref:order-defect-rate#causes).")}}

        ## {{(lang == "zh" ? "常见原因" : "Common causes")}} {#causes}

        Text.

        """;

    /// <summary>The whole valid site.</summary>
    public static string Valid =>
        """
        -- input/site.yml --
        title: {zh: 测试手册, en: Test Handbook}
        description: {zh: 测试用的站点。, en: A site for tests.}
        baseUrl: https://example.org
        basePath: /
        repository: https://github.com/example/handbook
        editUrl: https://github.com/example/handbook/edit/main/{path}
        -- input/_data/violation-types.yml --
        - id: metrics
          name: {zh: 绩效指标, en: Performance metrics}
          description: {zh: 指标。, en: Metrics.}
          articles: [late-shipment-rate, order-defect-rate]
        - id: guides
          name: {zh: 指南, en: Guides}
          description: {zh: 指南。, en: Guides.}
        -- input/_data/structure.yml --
        default:
          - {id: overview, zh: 概述, en: Overview}
          - {id: causes, zh: 常见原因, en: Common causes}
        byType:
          guides: []
        -- input/_data/glossary.yml --
        - id: odr
          zh: 订单缺陷率
          en: Order Defect Rate
          aliases: {zh: [缺陷率], en: [ODR]}
          definition: {zh: 有缺陷的订单所占的比例。, en: The share of orders with a defect.}
          article: order-defect-rate

        """
        + Article("zh", "late-shipment-rate", "迟发率")
        + Article("en", "late-shipment-rate", "Late shipment rate")
        + Article("zh", "order-defect-rate", "订单缺陷率", body: "见[迟发率](xref:late-shipment-rate)。")
        + Article("en", "order-defect-rate", "Order defect rate", body: "See [late shipments](xref:late-shipment-rate).")
        + Guide("zh", "glossary", "术语表") + Guide("en", "glossary", "Glossary")
        + Guide("zh", "disclaimer", "免责声明") + Guide("en", "disclaimer", "Disclaimer")
        + Guide("zh", "plan-of-action", "行动计划指南") + Guide("en", "plan-of-action", "Plan of Action guide");

    /// <summary>
    /// The smallest site that builds, without articles: <c>site.yml</c>, the violation types
    /// <c>metrics</c> and <c>guides</c>, two required sections (<c>overview</c>, then <c>causes</c>),
    /// and the two guides every page links to (glossary, disclaimer). A test adds the articles it
    /// is about inline, so the lines it expects are written in the test.
    /// </summary>
    public static string Frame =>
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
        default:
          - {id: overview, zh: 概述, en: Overview}
          - {id: causes, zh: 常见原因, en: Common causes}
        byType:
          guides: []

        """
        + Guide("zh", "glossary", "术语表") + Guide("en", "glossary", "Glossary")
        + Guide("zh", "disclaimer", "免责声明") + Guide("en", "disclaimer", "Disclaimer");

    /// <summary>A guide page without required sections.</summary>
    public static string Guide(string lang, string key, string title) =>
        $"""
        -- input/{lang}/{key}.md --
        ---
        title: {title}
        key: {key}
        lang: {lang}
        type: guides
        summary: About {title}.
        updated: 2026-01-31
        ---

        Text of {title}.

        """;
}
