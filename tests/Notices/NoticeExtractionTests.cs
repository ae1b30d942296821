using System.Text.Json;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Notices;

/// <summary>
/// What notice.js pulls out of a notice, one rule at a time: the ways marketplaces write dates,
/// numbers of days in words and in Chinese, and which of them are deadlines.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public class NoticeExtractionTests
{
    private static JsonElement Extract(string text) =>
        JsonDocument.Parse(NodeRunner.Run($$"""
            const api = require({{JsonSerializer.Serialize(Path.Combine(Repository.Theme, "assets", "notice.js"))}});
            const r = api.extract({{JsonSerializer.Serialize(text)}});
            console.log(JSON.stringify({ dates: r.dates.map(d => d.value), deadlines: r.deadlines.map(d => d.value), periods: r.periods, asins: r.asins, orders: r.orders }));
            """)).RootElement;

    private static string[] Values(JsonElement result, string name) => [.. result.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];

    [Theory]
    [InlineData("Your account will be deactivated on 05-29-2025 unless you verify.", "2025-05-29")]
    [InlineData("Please respond by June 5, 2025.", "2025-06-05")]
    [InlineData("Please respond before 5 June 2025.", "2025-06-05")]
    [InlineData("Send the documents no later than 2025-06-05.", "2025-06-05")]
    [InlineData("Send the documents by 29/05/2025.", "2025-05-29")]
    [InlineData("请在 2025年6月5日 之前完成验证。", "2025-06-05")]
    [InlineData("请于2025年6月5日前提交。", "2025-06-05")]
    public void A_date_with_a_deadline_word_is_a_deadline(string text, string iso)
    {
        var result = Extract(text);

        Assert.Equal([iso], Values(result, "dates"));
        Assert.Equal([iso], Values(result, "deadlines"));
    }

    [Theory]
    [InlineData("You have 17 days to send an acceptable plan.", "17 days")]
    [InlineData("Respond within seven days.", "7 days")]
    [InlineData("Please reply within seventy-two (72) hours.", "72 hours")]
    [InlineData("Please reply within seventy-two hours.", "72 hours")]
    [InlineData("Complete it within 3 business days.", "3 business days")]
    [InlineData("请在 7 天内回复。", "7 days")]
    [InlineData("请在七天内回复。", "7 days")]
    [InlineData("请在十四天内预约视频验证。", "14 days")]
    [InlineData("您需要在 72 小时内完成测验。", "72 hours")]
    public void A_number_of_days_with_a_deadline_word_is_a_deadline(string text, string value)
    {
        Assert.Equal([value], Values(Extract(text), "deadlines"));
    }

    [Theory]
    [InlineData("Funds may be held for up to 90 days.", "90 days")]
    [InlineData("You can request your funds after 60 days.", "60 days")]
    [InlineData("We usually reply within 48 hours.", "48 hours")]
    [InlineData("Units within 50 days of expiration are removed.", "50 days")]
    [InlineData("ODR is the percentage of orders with a defect within 60 days.", "60 days")]
    [InlineData("我们通常会在 2 个工作日内回复。", "2 business days")]
    [InlineData("Your rate went up within the last 30 days.", "30 days")]
    [InlineData("在过去 90 天内，您的负面反馈率上升了。", "90 days")]
    public void A_waiting_time_or_window_is_listed_but_is_no_deadline(string text, string value)
    {
        var result = Extract(text);

        Assert.Equal([value], Values(result, "periods"));
        Assert.Empty(Values(result, "deadlines"));
    }

    [Fact]
    public void Asins_and_order_ids_come_once_each_in_the_order_they_appear()
    {
        var result = Extract("ASIN: B0C9X2LQ7M, B0CA1M8ZP2; orders 112-3948572-1029384 and 113-0029384-5571920; again B0C9X2LQ7M. ISBN: 0593441273. Not an ASIN: B0C9X2LQ7M9, b0c9x2lq7m.");

        Assert.Equal(["B0C9X2LQ7M", "B0CA1M8ZP2", "0593441273"], Values(result, "asins"));
        Assert.Equal(["112-3948572-1029384", "113-0029384-5571920"], Values(result, "orders"));
    }

    [Theory]
    [InlineData("This action was taken in accordance with Section 3 of the Amazon Services Business Solutions Agreement.", "Section 3 of the Amazon Services Business Solutions Agreement")]
    [InlineData("Repeated violations of our Fair Pricing Policy may lead to deactivation.", "Fair Pricing Policy")]
    [InlineData("Go to Account Health > Product Policy Compliance to appeal.", "")]
    [InlineData("我们根据《亚马逊服务商业解决方案协议》第3条停用了您的账户。", "亚马逊服务商业解决方案协议")]
    [InlineData("这不符合我们的公平定价政策。", "")] // a Chinese name is known from the phrases, not guessed from the text
    public void A_policy_is_named_as_the_notice_writes_it(string text, string policy)
    {
        var script = $$"""
            const api = require({{JsonSerializer.Serialize(Path.Combine(Repository.Theme, "assets", "notice.js"))}});
            console.log(JSON.stringify(api.decode(api.prepare({ types: [] }), {{JsonSerializer.Serialize(text)}}).policies));
            """;

        var policies = JsonSerializer.Deserialize<string[]>(NodeRunner.Run(script))!;

        Assert.Equal(policy.Length > 0 ? [policy] : [], policies);
    }

    [Fact]
    public void Full_width_digits_of_a_chinese_notice_are_read()
    {
        var result = Extract("ASIN：Ｂ０Ｃ９Ｘ２ＬＱ７Ｍ，订单编号：１１２－３９４８５７２－１０２９３８４，请在１７天内提交。");

        Assert.Equal(["B0C9X2LQ7M"], Values(result, "asins"));
        Assert.Equal(["17 days"], Values(result, "deadlines"));
    }
}
