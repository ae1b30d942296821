namespace AppealHandbook.Tests.TestKit;

/// <summary><see cref="SiteFixtures.Valid"/> with Plan of Action building blocks for both of its violation articles.</summary>
public static class PoaFixtures
{
    /// <summary>fields.yml with one field of each format.</summary>
    public const string Fields =
        """
        -- input/_data/poa/fields.yml --
        - id: asins
          format: asin
          list: true
          label: {zh: 涉及的 ASIN, en: ASINs concerned}
        - id: fix_date
          format: date
          label: {zh: 完成日期, en: Date completed}
        - id: rate
          format: number
          label: {zh: 指标数值, en: The metric's value}
        - id: owner
          format: text
          label: {zh: 负责人, en: Person responsible}

        """;

    /// <summary>A building-block file; line numbers matter to the tests (causes at 1, corrective at 8, preventive at 13).</summary>
    public static string Blocks(string key) =>
        $"""
        -- input/_data/poa/{key}.yml --
        causes:
          - id: slow-replies
            zh: 买家消息回复太慢，指标为 {"{rate}"}%。
            en: Buyer messages were answered too slowly; the metric was {"{rate}"}%.
          - id: weekend-orders
            zh: 周末订单无人处理。
            en: Nobody handled weekend orders.
        corrective:
          - id: answer-all
            zh: "{"{fix_date}"}：回复了全部消息。"
            en: "{"{fix_date}"}: answered every open message."
            answers: [slow-replies, weekend-orders]
        preventive:
          - id: daily-check
            zh: "{"{owner}"} 每天检查消息和订单。"
            en: "{"{owner}"} checks messages and orders every day."
            answers: [slow-replies, weekend-orders]

        """;

    /// <summary>The valid site with its building blocks.</summary>
    public static string Valid => SiteFixtures.Valid + Fields + Blocks("late-shipment-rate") + Blocks("order-defect-rate");
}
