using AppealHandbook.Tests.TestKit;
using AppealHandbook.Core;
using static AppealHandbook.Tests.Hostile.HostileKit;

namespace AppealHandbook.Tests.Hostile;

/// <summary>
/// An <c>updated</c> date in the future is a warning (FM009) at that file and line, and the
/// stale-translation warning does not then blame the other language's file.
/// </summary>
[Trait(Category.Name, Category.Hostile)]
public class FutureDateHostileTests
{
    private static Diagnostic[] Warnings(Scenario s, string code) =>
        [.. s.Result.Diagnostics.Where(d => d.Code == code && d.Severity == Severity.Warning)];

    [Theory]
    [InlineData("2099-01-01")]
    [InlineData("9999-12-31")]
    public void A_future_updated_date_is_FM009_at_its_line(string date)
    {
        using var s = Scenario.Run(site => ReplaceField(site, "updated", "updated: " + date, ZhArticle));

        s.ExpectSuccess();
        var warning = Assert.Single(Warnings(s, "FM009"));
        Assert.Equal(ZhArticle, warning.Path);
        Assert.Equal(LineOf(s.Site, ZhArticle, "updated:"), warning.Line);
        Assert.Contains(date, warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_future_date_does_not_make_the_other_language_stale()
    {
        using var s = Scenario.Run(site => ReplaceField(site, "updated", "updated: 2099-01-01", ZhArticle));

        Assert.DoesNotContain(Warnings(s, "ST008"), d => d.Path == EnArticle);
    }

    [Fact]
    public void Today_and_tomorrow_are_not_in_the_future()
    {
        // Tomorrow in UTC is today in time zones ahead of UTC (China is UTC+8).
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var s = Scenario.Run(site =>
        {
            ReplaceField(site, "updated", "updated: " + tomorrow, ZhArticle);
            ReplaceField(site, "updated", "updated: " + tomorrow, EnArticle);
        });

        Assert.Empty(Warnings(s, "FM009"));
    }

    [Fact]
    public void A_real_stale_translation_is_still_reported()
    {
        using var s = Scenario.Run(site => ReplaceField(site, "updated", "updated: 2026-02-15", ZhArticle));

        Assert.Contains(Warnings(s, "ST008"), d => d.Path == EnArticle);
        Assert.Empty(Warnings(s, "FM009"));
    }
}
