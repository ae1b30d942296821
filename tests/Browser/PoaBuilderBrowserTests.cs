using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Browser;

/// <summary>
/// The Plan of Action builder on the real handbook, in a real browser: the whole flow in both
/// languages, the lint, drafts, privacy (no request leaves the site), the keyboard, axe, phones,
/// print, and the page without JavaScript.
/// </summary>
[Collection("real handbook browser")]
[Trait(Category.Name, Category.Browser)]
public class PoaBuilderBrowserTests(RealHandbookBrowserFixture site)
{
    /// <summary>A valid value for each format, as a seller would type it.</summary>
    private static readonly Dictionary<string, string> Samples = new(StringComparer.Ordinal)
    {
        ["asin"] = "b0abcd1234, B0WXYZ5678",
        ["order-id"] = "112-1234567-1234567\n113-7654321-7654321",
        ["date"] = "2026-11-03",
        ["number"] = "12",
        ["text"] = "Li Wei",
    };

    [Theory]
    [InlineData("zh", "product-condition")]
    [InlineData("en", "product-condition")]
    [InlineData("zh", "ip-trademark")]
    [InlineData("en", "ip-trademark")]
    [InlineData("zh", "order-defect-rate")]
    [InlineData("en", "order-defect-rate")]
    public async Task The_whole_flow_produces_the_plan_with_every_chosen_item_filled_in(string lang, string key)
    {
        await using var s = await site.OpenAsync();
        await s.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = site.RootUrl.GetLeftPart(UriPartial.Authority) });
        var requests = RecordRequests(s.Page);

        await CompleteAsync(s.Page, lang, key);

        // The lint finds nothing to fix.
        await Expect(s.Page.Locator("[data-poa-lint-item=error]")).ToHaveCountAsync(0);

        // Copy, and the download holds the same text.
        await s.Page.Locator("[data-poa-copy]").ClickAsync();
        await Expect(s.Page.Locator("[data-poa-copy-status]")).Not.ToBeEmptyAsync();
        var copied = await s.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        var download = await s.Page.RunAndWaitForDownloadAsync(() => s.Page.Locator("[data-poa-download]").ClickAsync());
        Assert.Equal($"plan-of-action-{key}.txt", download.SuggestedFilename);
        var downloaded = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Equal(copied, downloaded);

        // Each chosen item is in the English text with the seller's facts in place, and nothing is left in braces.
        var expected = await ExpectedItemsAsync(s.Page, key);
        Assert.True(expected.Count >= 5, $"only {expected.Count} items were chosen");
        foreach (var text in expected)
        {
            Assert.Contains(text, copied);
        }

        Assert.DoesNotMatch(@"[{}\[\]]", copied);
        Assert.StartsWith("Plan of Action", copied);
        Assert.Contains("1. Root cause", copied);
        Assert.Contains("2. Corrective actions taken", copied);
        Assert.Contains("3. Preventive measures", copied);
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", copied);

        // On the Chinese site every paragraph has its Chinese beside it.
        if (lang == "zh")
        {
            var paragraphs = await s.Page.Locator("[data-poa-plan] .poa-para").CountAsync();
            await Expect(s.Page.Locator("[data-poa-plan] .poa-para .poa-zh")).ToHaveCountAsync(paragraphs);
        }

        AssertPrivate(requests, site.RootUrl);
        s.AssertNoErrors();
    }

    [Fact]
    public async Task The_lint_fires_when_a_cause_has_no_preventive_measure_and_clears_when_one_is_added()
    {
        await using var s = await site.OpenAsync();
        await CompleteAsync(s.Page, "en", "product-condition", preventive: false);
        var unanswered = s.Page.Locator("[data-poa-lint-item=error]", new() { HasTextString = "has no preventive measure" });
        await Expect(unanswered).ToHaveCountAsync(2);

        // Its button leads to the step that fixes it.
        await unanswered.First.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(s.Page.Locator("#poa-h-preventive")).ToBeFocusedAsync();
        await CheckSuggestedAsync(s.Page, "preventive");
        await s.Page.Locator("[data-poa-goto=review]").ClickAsync();

        await Expect(unanswered).ToHaveCountAsync(0);
        await Expect(s.Page.Locator("[data-poa-lint-item=error]")).ToHaveCountAsync(0);

        // An own measure with a promise and no date or owner is a warning that says how to fix it.
        await s.Page.Locator("[data-poa-goto=preventive]").ClickAsync();
        await s.Page.Locator("[data-poa-own-text=preventive]").FillAsync("We will be more careful with returns in future.");
        await s.Page.Locator("[data-poa-step=preventive] .poa-own-answers input").First.CheckAsync();
        await s.Page.Locator("[data-poa-own-add=preventive]").ClickAsync();
        await s.Page.Locator("[data-poa-goto=review]").ClickAsync();
        await Expect(s.Page.Locator("[data-poa-lint-item=warning]", new() { HasTextString = "without saying when or who" })).ToHaveCountAsync(1);
        s.AssertNoErrors();
    }

    [Fact]
    public async Task A_draft_survives_a_reload_and_its_control_deletes_it()
    {
        await using var s = await site.OpenAsync();
        await CompleteAsync(s.Page, "en", "order-defect-rate");
        var before = await s.Page.Locator("[data-poa-plan]").InnerTextAsync();

        await s.Page.ReloadAsync();
        await Expect(s.Page.Locator("[data-poa-messages]")).ToContainTextAsync("restored");
        await s.Page.Locator("[data-poa-goto=review]").ClickAsync();
        Assert.Equal(before, await s.Page.Locator("[data-poa-plan]").InnerTextAsync());

        // The draft is kept per key: another type starts empty, and coming back finds the draft.
        await s.Page.Locator("[data-poa-goto=type]").ClickAsync();
        await s.Page.Locator("[data-poa-key]").SelectOptionAsync("ip-trademark");
        await Expect(s.Page.Locator("[data-poa-draft-state]")).ToHaveTextAsync("No draft saved yet.");
        await s.Page.Locator("[data-poa-key]").SelectOptionAsync("order-defect-rate");
        await Expect(s.Page.Locator("[data-poa-draft-state]")).ToHaveTextAsync("Draft saved on this device.");

        await s.Page.Locator("[data-poa-delete]").ClickAsync();
        await Expect(s.Page.Locator("[data-poa-messages]")).ToContainTextAsync("deleted");
        Assert.Null(await s.Page.EvaluateAsync<string?>("() => localStorage.getItem('appeal-handbook:poa:order-defect-rate')"));
        await s.Page.ReloadAsync();
        await s.Page.Locator("[data-poa-goto=facts]").ClickAsync();
        Assert.All(await s.Page.Locator("[data-poa-field]").EvaluateAllAsync<string[]>("els => els.map(e => e.value)"), v => Assert.Equal("", v));
        s.AssertNoErrors();
    }

    [Fact]
    public async Task A_corrupt_or_outdated_draft_gives_a_clear_message_and_keeps_what_can_be_kept()
    {
        await using var s = await site.OpenAsync();
        await s.GotoAsync(site.Url("en/poa-builder/"));

        // Unreadable: the message shows, and its text is set aside, not lost.
        await s.Page.EvaluateAsync("() => localStorage.setItem('appeal-handbook:poa:product-condition', '{\"facts\": {\"asins\": \"B0ABCD1234\"')");
        await s.GotoAsync(site.Url("en/poa-builder/?key=product-condition"));
        await Expect(s.Page.Locator("[data-poa-messages]")).ToContainTextAsync("could not be read");
        await Expect(s.Page.Locator("[data-poa-messages] textarea")).ToHaveValueAsync(new Regex("B0ABCD1234"));
        Assert.NotNull(await s.Page.EvaluateAsync<string?>("() => localStorage.getItem('appeal-handbook:poa:product-condition:unreadable')"));

        // From older building blocks: an item that is gone comes back as the seller's own, with its text.
        var causeId = await s.Page.EvaluateAsync<string>("() => fetch('../../poa/product-condition.json').then(r => r.json()).then(d => d.causes[0].id)");
        await s.Page.EvaluateAsync(
            """
            cause => localStorage.setItem('appeal-handbook:poa:product-condition', JSON.stringify({
              format: 1, version: 'older', facts: { asins: 'B0ABCD1234' },
              chosen: { causes: [cause, 'a-cause-that-was-removed'], corrective: [], preventive: [] },
              texts: { 'a-cause-that-was-removed': { en: 'Our old supplier shipped opened boxes.', zh: '旧供应商发来的货已拆封。', answers: [] } },
              own: { causes: [], corrective: [{ id: 'own-corrective-1', text: 'Retrained the packing team.', answers: [cause] }], preventive: 'not a list' },
              closing: null }))
            """, causeId);
        await s.GotoAsync(site.Url("en/poa-builder/?key=product-condition"));
        await Expect(s.Page.Locator("[data-poa-messages]")).ToContainTextAsync("kept as your own items, so nothing you chose is lost: Our old supplier shipped opened boxes");
        await s.Page.Locator("[data-poa-goto=review]").ClickAsync();
        var plan = s.Page.Locator("[data-poa-plan]");
        await Expect(plan).ToContainTextAsync("Our old supplier shipped opened boxes.");
        await Expect(plan).ToContainTextAsync("Retrained the packing team.");
        await s.Page.Locator("[data-poa-goto=facts]").ClickAsync();
        await Expect(s.Page.Locator("[data-poa-field=asins]")).ToHaveValueAsync("B0ABCD1234");
        s.AssertNoErrors();
    }

    [Fact]
    public async Task The_plan_can_be_completed_with_the_keyboard_alone()
    {
        await using var s = await site.OpenAsync();
        await s.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = site.RootUrl.GetLeftPart(UriPartial.Authority) });
        var page = s.Page;
        await s.GotoAsync(site.Url("zh/poa-builder/?key=order-defect-rate"));
        await Expect(page.Locator("[data-poa-field]").First).ToBeAttachedAsync();

        await TabToAsync(page, "[data-poa-next]");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#poa-h-facts")).ToBeFocusedAsync();
        foreach (var field in await FieldsAsync(page))
        {
            await TabToAsync(page, $"[data-poa-field={field.Id}]");
            await page.Keyboard.TypeAsync(Samples[field.Format].Split('\n')[0]);
        }

        await TabToAsync(page, "[data-poa-next]");
        await page.Keyboard.PressAsync("Enter");
        await TabToAsync(page, "[data-poa-choice=causes]");
        await page.Keyboard.PressAsync("Space");
        foreach (var part in new[] { "corrective", "preventive" })
        {
            await TabToAsync(page, "[data-poa-next]");
            await page.Keyboard.PressAsync("Enter");
            await TabToAsync(page, $"[data-poa-step={part}] .poa-choices [data-poa-choice={part}]");
            await page.Keyboard.PressAsync("Space");
        }

        await TabToAsync(page, "[data-poa-next]");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#poa-h-review")).ToBeFocusedAsync();
        await Expect(page.Locator("[data-poa-lint-item=error]")).ToHaveCountAsync(0);
        await TabToAsync(page, "[data-poa-copy]");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("[data-poa-copy-status]")).Not.ToBeEmptyAsync();
        Assert.StartsWith("Plan of Action", await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        s.AssertNoErrors();
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task Axe_finds_no_serious_or_critical_violation_on_any_step(string lang)
    {
        await using var s = await site.OpenAsync();
        await s.GotoAsync(site.Url($"{lang}/poa-builder/?key=product-condition"));
        await Expect(s.Page.Locator("[data-poa-field]").First).ToBeAttachedAsync();
        await s.Page.Locator("[data-poa-goto=causes]").ClickAsync();
        await s.Page.Locator("[data-poa-choice=causes]").First.CheckAsync();
        foreach (var step in new[] { "type", "facts", "causes", "corrective", "preventive", "review" })
        {
            await s.Page.Locator($"[data-poa-goto={step}]").ClickAsync();
            var result = await s.Page.RunAxe();
            var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
            Assert.True(serious.Count == 0, $"axe on step {step} ({lang}):\n" + string.Join("\n", serious.Select(v => $"{v.Id}: {v.Help} {string.Join(" | ", v.Nodes.Select(n => n.Html))}")));
        }

        s.AssertNoErrors();
    }

    [Fact]
    public async Task At_360_pixels_no_step_scrolls_sideways()
    {
        await using var s = await site.OpenAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 740 }, IsMobile = true, HasTouch = true });
        await CompleteAsync(s.Page, "zh", "product-condition");
        foreach (var step in new[] { "type", "facts", "causes", "corrective", "preventive", "review" })
        {
            await s.Page.Locator($"[data-poa-goto={step}]").ClickAsync();
            var width = await s.Page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");
            Assert.True(width <= 360, $"step {step} is {width}px wide at 360px");
        }

        s.AssertNoErrors();
    }

    [Fact]
    public async Task Print_shows_the_plan_alone()
    {
        await using var s = await site.OpenAsync();
        await CompleteAsync(s.Page, "zh", "ip-trademark");

        await s.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        await Expect(s.Page.Locator("[data-poa-plan]")).ToBeVisibleAsync();
        await Expect(s.Page.Locator("[data-poa-plan] .poa-zh").First).ToBeVisibleAsync();
        foreach (var hidden in new[] { ".site-header", "[data-sidebar]", ".poa-steps", "[data-poa-lint]", ".poa-actions", ".poa-nav", ".poa-draft", "h1", "[data-poa-closing]" })
        {
            await Expect(s.Page.Locator(hidden).First).ToBeHiddenAsync();
        }

        s.AssertNoErrors();
    }

    [Fact]
    public async Task Without_JavaScript_the_page_says_so_and_links_to_the_template()
    {
        await using var s = await site.OpenAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        await s.GotoAsync(site.Url("zh/poa-builder/?key=product-condition"));

        var note = s.Page.Locator("[data-poa-nojs]");
        await Expect(note).ToBeVisibleAsync();
        await Expect(s.Page.Locator("[data-poa-app]")).ToBeHiddenAsync();
        var href = await note.Locator("a").GetAttributeAsync("href");
        Assert.Equal("../../zh/plan-of-action/#template", href);
        s.AssertNoErrors();
    }

    [Theory]
    [InlineData("zh", "product-condition", "开始写行动计划")]
    [InlineData("en", "ip-trademark", "Start your Plan of Action")]
    public async Task Every_violation_article_links_to_the_builder_with_its_key(string lang, string key, string label)
    {
        await using var s = await site.OpenAsync();
        await s.GotoAsync(site.Url($"{lang}/{key}/"));

        await s.Page.Locator("a[data-poa-start]").ClickAsync();

        await Expect(s.Page).ToHaveURLAsync(new Regex($"/{lang}/poa-builder/\\?key={key}$"));
        await Expect(s.Page.Locator("[data-poa-key]")).ToHaveValueAsync(key);
        var home = await site.OpenAsync();
        await using (home)
        {
            await home.GotoAsync(site.Url($"{lang}/"));
            await Expect(home.Page.Locator("a[data-poa-start]")).ToHaveTextAsync(new Regex(Regex.Escape(label)));
        }

        var articles = Directory.GetDirectories(Path.Combine(site.Output, lang)).Select(Path.GetFileName).ToList();
        foreach (var data in Directory.GetFiles(Path.Combine(site.Output, "poa"), "*.json"))
        {
            var article = Path.GetFileNameWithoutExtension(data);
            var html = await File.ReadAllTextAsync(Path.Combine(site.Output, lang, article, "index.html"));
            Assert.Contains($"href=\"../poa-builder/?key={article}\" data-poa-start>{label}", html);
        }

        Assert.Contains("poa-builder", articles);
        s.AssertNoErrors();
    }

    // Helpers --------------------------------------------------------------------------------

    private sealed record Field(string Id, string Format);

    /// <summary>Goes through every step: facts filled in, two causes, every suggested action and (unless told not to) measure.</summary>
    private async Task CompleteAsync(IPage page, string lang, string key, bool preventive = true)
    {
        var response = await page.GotoAsync(site.Url($"{lang}/poa-builder/?key={key}"));
        Assert.Equal(200, response!.Status);
        await Expect(page.Locator("[data-poa-field]").First).ToBeAttachedAsync();
        await page.Locator("[data-poa-next]").ClickAsync();
        foreach (var field in await FieldsAsync(page))
        {
            await page.Locator($"[data-poa-field={field.Id}]").FillAsync(Samples[field.Format]);
        }

        await page.Locator("[data-poa-next]").ClickAsync();
        var causes = page.Locator("[data-poa-choice=causes]");
        await causes.Nth(0).CheckAsync();
        await causes.Nth(1).CheckAsync();
        await page.Locator("[data-poa-next]").ClickAsync();
        await CheckSuggestedAsync(page, "corrective");
        await page.Locator("[data-poa-next]").ClickAsync();
        if (preventive)
        {
            await CheckSuggestedAsync(page, "preventive");
        }

        await page.Locator("[data-poa-next]").ClickAsync();
        await Expect(page.Locator("#poa-h-review")).ToBeVisibleAsync();
    }

    private static async Task CheckSuggestedAsync(IPage page, string part)
    {
        var suggested = page.Locator($"[data-poa-step={part}] .poa-choices").First.Locator("input");
        var count = await suggested.CountAsync();
        Assert.True(count > 0, $"no {part} suggested");
        for (var i = 0; i < count; i++)
        {
            await suggested.Nth(i).CheckAsync();
        }
    }

    private static async Task<List<Field>> FieldsAsync(IPage page)
    {
        var key = await page.Locator("[data-poa-key]").InputValueAsync();
        var json = await page.EvaluateAsync<JsonElement>("key => fetch('../../poa/' + key + '.json').then(r => r.json())", key);
        return [.. json.GetProperty("fields").EnumerateArray().Select(f => new Field(f.GetProperty("id").GetString()!, f.GetProperty("format").GetString()!))];
    }

    /// <summary>The English text of every item the draft holds, with the sample facts filled in as the plan writes them.</summary>
    private async Task<List<string>> ExpectedItemsAsync(IPage page, string key)
    {
        using var data = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(site.Output, "poa", key + ".json")));
        var draft = JsonDocument.Parse(await page.EvaluateAsync<string>("key => localStorage.getItem('appeal-handbook:poa:' + key)", key)).RootElement;
        var formats = data.RootElement.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!, f => f.GetProperty("format").GetString()!);
        string Value(string format) => string.Join(", ", Samples[format].Split(',', '\n').Select(v => v.Trim()).Select(v => format == "asin" ? v.ToUpperInvariant() : v));
        var texts = new List<string>();
        foreach (var part in new[] { "causes", "corrective", "preventive" })
        {
            foreach (var id in draft.GetProperty("chosen").GetProperty(part).EnumerateArray().Select(e => e.GetString()))
            {
                var item = data.RootElement.GetProperty(part).EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);
                texts.Add(Regex.Replace(item.GetProperty("en").GetString()!, @"\{([a-z_]+)\}", m => Value(formats[m.Groups[1].Value])));
            }
        }

        return texts;
    }

    private static List<string> RecordRequests(IPage page)
    {
        var urls = new List<string>();
        page.Request += (_, request) =>
        {
            lock (urls)
            {
                urls.Add(request.Url);
            }
        };
        return urls;
    }

    /// <summary>Every request went to the site's own origin and none carries what the seller typed.</summary>
    private static void AssertPrivate(List<string> requests, Uri root)
    {
        var origin = root.GetLeftPart(UriPartial.Authority) + "/";
        lock (requests)
        {
            Assert.NotEmpty(requests);
            foreach (var url in requests.Where(u => !u.StartsWith("blob:", StringComparison.Ordinal)))
            {
                Assert.StartsWith(origin, url);
                foreach (var typed in new[] { "B0ABCD1234", "b0abcd1234", "1234567", "2026-11-03", "Li%20Wei", "Li+Wei", "Li Wei" })
                {
                    Assert.DoesNotContain(typed, Uri.UnescapeDataString(url), StringComparison.OrdinalIgnoreCase);
                }
            }
        }
    }

    /// <summary>Presses Tab until the focused element matches <paramref name="selector"/>.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 250; i++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement && document.activeElement.matches(s)", selector))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail("Tab never reached " + selector);
    }
}
