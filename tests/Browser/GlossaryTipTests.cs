using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Browser;

/// <summary>Glossary tooltips open at their term and inside the window (issue: they opened at the paragraph's edge).</summary>
[Collection("browser")]
[Trait(Category.Name, Category.Browser)]
public class GlossaryTipTests(BrowserFixture site)
{
    [Theory]
    [InlineData(Viewports.Desktop, "en")]
    [InlineData(Viewports.Desktop, "zh")]
    [InlineData(Viewports.Phone, "en")]
    [InlineData(Viewports.Phone, "zh")]
    public async Task The_tip_opens_under_its_term_inside_the_window(string viewport, string lang)
    {
        await using var s = await site.OpenAsync(Viewports.For(viewport));
        await s.GotoAsync(site.Url($"{lang}/late-shipment-rate/"));
        var link = s.Page.Locator(".prose a.glossary-link").First;
        var tip = s.Page.Locator("#" + await link.GetAttributeAsync("aria-describedby"));
        await Expect(tip).ToBeHiddenAsync();

        // A mouse hovers on a desktop; a phone has no hover, and the keyboard focuses the term.
        if (viewport == Viewports.Desktop)
        {
            await link.HoverAsync();
        }
        else
        {
            await link.FocusAsync();
        }

        await Expect(tip).ToBeVisibleAsync();
        var term = await Box.OfAsync(s.Page, ".prose a.glossary-link");
        var box = await Box.OfAsync(s.Page, "#" + await link.GetAttributeAsync("aria-describedby"));
        var width = await s.Page.EvaluateAsync<double>("() => document.documentElement.clientWidth");
        Assert.True(box.Left >= 0 && box.Right <= width, $"the tip runs out of the window: {box} in {width}px");
        Assert.True(box.Left <= term.Left + 1 && box.Right >= term.Left, $"the tip {box} does not start at its term {term}");
        var gap = box.Top >= term.Bottom ? box.Top - term.Bottom : term.Top - box.Bottom;
        Assert.True(gap is >= 0 and <= 12, $"the tip {box} is {gap}px from its term {term}");

        // Escape dismisses it without moving the pointer or the focus (WCAG 1.4.13).
        await s.Page.Keyboard.PressAsync("Escape");
        await Expect(tip).ToBeHiddenAsync();
        s.AssertNoErrors();
    }
}
