using System.Globalization;

using AppealHandbook.Core;

namespace AppealHandbook.Layout;

/// <summary>Dates as readers of each language write them, independent of the machine's culture.</summary>
public static class DateFormat
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary><c>2026年11月26日</c> or <c>26 November 2026</c>.</summary>
    public static string Long(DateOnly date, string lang) =>
        lang == Language.Zh
            ? $"{date.Year}年{date.Month}月{date.Day}日"
            : $"{date.Day} {Months[date.Month - 1]} {date.Year}";

    /// <summary><c>2026-11-26</c>.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
