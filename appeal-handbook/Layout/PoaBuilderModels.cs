using System.Text.Json.Nodes;
using AppealHandbook.Data;
using AppealHandbook.Linking;
using AppealHandbook.PlanOfAction;
using AppealHandbook.Layout.Models;
using AppealHandbook.Core;

namespace AppealHandbook.Layout;

/// <summary>What the layouts show of the builder: the link from each article, and the builder page's own model.</summary>
public static class PoaBuilderModels
{
    /// <summary>The key of the guide that teaches the Plan of Action.</summary>
    public const string GuideKey = "plan-of-action";

    /// <summary>
    /// The "Start your Plan of Action" link of an article: to the builder with its key preselected
    /// for a violation article that has building blocks, to the builder alone from the guide, else empty.
    /// </summary>
    public static string ArticleLink(Page page, BuildState state)
    {
        var poa = state.Get(PoaFacts.Library);
        if (page.Kind != PageKind.Article || !poa.HasBuilder)
        {
            return "";
        }

        if (page.Key == GuideKey)
        {
            return $"../{GeneratePoaBuilder.Slug}/";
        }

        return page.FrontMatter?.Type != FrontMatter.GuidesType && poa.Blocks.ContainsKey(page.Key)
            ? $"../{GeneratePoaBuilder.Slug}/?key={page.Key}"
            : "";
    }

    /// <summary>The builder's address from <paramref name="page"/>, or empty when the site has no builder.</summary>
    public static string BuilderUrl(Page page, BuildState state) =>
        page.Lang.Length > 0 && state.Get(PoaFacts.Library).HasBuilder ? page.RootPrefix + $"{page.Lang}/{GeneratePoaBuilder.Slug}/" : "";

    /// <summary>The builder page's model: the complaint types grouped as the site lists them, the guide's sections it cites, and the page's settings.</summary>
    public static PageModel Fill(PageModel model, Page page, BuildState state)
    {
        var poa = state.Get(PoaFacts.Library);
        var index = state.Get(LinkingFacts.Index);
        var data = state.Get(DataFacts.SiteData);
        var lang = page.Lang;
        var groups = index.Navigation(lang)
            .Select(g => new PoaOptionGroupModel(g.Type.Name[lang], [.. g.Articles.Where(a => poa.Blocks.ContainsKey(a.Key)).Select(a => new PoaOptionModel(a.Key, a.Title))]))
            .Where(g => g.Options.Count > 0)
            .ToList();

        var guide = index.Find(lang, GuideKey);
        var guideUrl = guide is null ? "" : page.RootPrefix + guide.Url;
        string Section(string id) => guide is not null && index.HasSection(lang, GuideKey, id) ? guideUrl + "#" + id : "";

        var strings = data.Strings[lang].Values.Where(kv => kv.Key.StartsWith("poa_", StringComparison.Ordinal))
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .ToDictionary(kv => kv.Key["poa_".Length..], kv => kv.Value, StringComparer.Ordinal);
        var output = Language.All.ToDictionary(l => l, l => data.Strings[l].Values
            .Where(kv => kv.Key.StartsWith("poa_out_", StringComparison.Ordinal))
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .ToDictionary(kv => kv.Key["poa_out_".Length..], kv => kv.Value, StringComparer.Ordinal));
        var config = new JsonObject
        {
            ["lang"] = lang,
            ["data"] = page.RootPrefix + GeneratePoaBuilder.DataFolder + "/",
            ["ui"] = Strings(strings),
            ["out"] = new JsonObject(output.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)Strings(kv.Value)))),
        };

        return model with
        {
            PoaGroups = groups,
            PoaGuideUrl = guideUrl,
            PoaTemplateUrl = Section("template"),
            PoaLanguageUrl = Section("language"),
            // The default encoder escapes '<', '>' and '&', so the JSON is safe inside <script>.
            PoaConfig = config.ToJsonString(),
        };
    }

    private static JsonObject Strings(IEnumerable<KeyValuePair<string, string>> values) =>
        new(values.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value)));
}
