using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Notices;

/// <summary>The valid fixture site with notice phrases for both of its complaint types.</summary>
public static class NoticeFixtures
{
    /// <summary>A phrase file; the line numbers the check tests name are those of this text.</summary>
    public static string File(string key, string name, string nameZh) =>
        $"""
        -- input/_data/notices/{key}.yml --
        names:
          en: [{name}]
          zh: [{nameZh}]
        phrases:
          en:
            - negative feedback
            - chargebacks
          zh:
            - 负面反馈
            - 信用卡拒付

        """;

    /// <summary><see cref="SiteFixtures.Valid"/> with a phrase file per complaint type.</summary>
    public static string Valid =>
        SiteFixtures.Valid
        + File("order-defect-rate", "Order Defect Rate", "订单缺陷率")
        + File("late-shipment-rate", "Late Shipment Rate", "迟发率");
}
