using Microsoft.Playwright;

namespace AppealHandbook.Tests.Browser;

/// <summary>The two screens the reading-aid tests run at: a laptop and a small phone.</summary>
internal static class Viewports
{
    /// <summary>1366 × 800: wide enough for the contents column (from 1280 px).</summary>
    public const string Desktop = "desktop";

    /// <summary>360 × 740, touch, no hover.</summary>
    public const string Phone = "phone";

    /// <summary>Context options for <paramref name="name"/>, with the clipboard open to the page.</summary>
    public static BrowserNewContextOptions For(string name) => name == Phone
        ? new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            IsMobile = true,
            HasTouch = true,
            DeviceScaleFactor = 2,
            Permissions = ["clipboard-read", "clipboard-write"],
        }
        : new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1366, Height = 800 },
            Permissions = ["clipboard-read", "clipboard-write"],
        };
}

/// <summary>An element's box in the window, as <c>getBoundingClientRect</c> gives it (its first line's box for an inline element).</summary>
internal sealed class Box
{
    public double Left { get; set; }
    public double Top { get; set; }
    public double Right { get; set; }
    public double Bottom { get; set; }

    /// <summary>The box of the first element <paramref name="selector"/> matches.</summary>
    public static async Task<Box> OfAsync(IPage page, string selector) =>
        await page.Locator(selector).First.EvaluateAsync<Box>("e => { const r = e.getClientRects()[0] || e.getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }; }");

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"[{Left:0},{Top:0} – {Right:0},{Bottom:0}]");
}
