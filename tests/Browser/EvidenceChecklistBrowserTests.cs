using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Browser;

/// <summary>The evidence checklists of the real articles: ticks kept across reloads and across languages, a count, a reset, and plain lists without JavaScript.</summary>
[Collection("real handbook browser")]
[Trait(Category.Name, Category.Browser)]
public class EvidenceChecklistBrowserTests(RealHandbookBrowserFixture site)
{
    [Fact]
    public async Task Ticks_are_kept_across_reloads_and_languages_and_reset_clears_them()
    {
        await using var s = await site.OpenAsync();
        await s.GotoAsync(site.Url("zh/product-condition/"));
        var boxes = s.Page.Locator("#evidence ~ ul.contains-task-list input[type=checkbox]");
        var total = await boxes.CountAsync();
        Assert.True(total >= 3, $"only {total} evidence items");
        await Expect(s.Page.Locator("[data-checklist-progress]")).ToHaveTextAsync($"已准备 0 / {total} 项");

        // A click on the words ticks the item too.
        await boxes.Nth(0).CheckAsync();
        await s.Page.Locator("#evidence ~ ul.contains-task-list label").Nth(2).ClickAsync();
        await Expect(s.Page.Locator("[data-checklist-progress]")).ToHaveTextAsync($"已准备 2 / {total} 项");

        await s.Page.ReloadAsync();
        await Expect(boxes.Nth(0)).ToBeCheckedAsync();
        await Expect(boxes.Nth(2)).ToBeCheckedAsync();
        await Expect(boxes.Nth(1)).Not.ToBeCheckedAsync();

        await s.GotoAsync(site.Url("en/product-condition/"));
        await Expect(s.Page.Locator("[data-checklist-progress]")).ToHaveTextAsync($"2 of {total} ready");
        await Expect(boxes.Nth(0)).ToBeCheckedAsync();
        await Expect(boxes.Nth(2)).ToBeCheckedAsync();

        await s.Page.Locator("[data-checklist-reset]").ClickAsync();
        await Expect(s.Page.Locator("[data-checklist-progress]")).ToHaveTextAsync($"0 of {total} ready");
        await s.GotoAsync(site.Url("zh/product-condition/"));
        await Expect(boxes.Nth(0)).Not.ToBeCheckedAsync();

        // Another article keeps its own list.
        await boxes.Nth(0).CheckAsync();
        await s.GotoAsync(site.Url("zh/ip-trademark/"));
        await Expect(s.Page.Locator("[data-checklist-progress]")).ToContainTextAsync("已准备 0 /");
        s.AssertNoErrors();
    }

    [Fact]
    public async Task Without_JavaScript_and_in_print_the_list_stays_plain()
    {
        await using (var noScript = await site.OpenAsync(new BrowserNewContextOptions { JavaScriptEnabled = false }))
        {
            await noScript.GotoAsync(site.Url("en/product-condition/"));
            await Expect(noScript.Page.Locator("[data-checklist-progress]")).ToHaveCountAsync(0);
            await Expect(noScript.Page.Locator("#evidence ~ ul.contains-task-list li").First).ToBeVisibleAsync();
        }

        await using var s = await site.OpenAsync();
        await s.GotoAsync(site.Url("en/product-condition/"));
        await Expect(s.Page.Locator("[data-checklist-progress]")).ToBeVisibleAsync();
        await s.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Expect(s.Page.Locator(".checklist-bar")).ToBeHiddenAsync();
        await Expect(s.Page.Locator("#evidence ~ ul.contains-task-list li").First).ToBeVisibleAsync();
        s.AssertNoErrors();
    }
}
