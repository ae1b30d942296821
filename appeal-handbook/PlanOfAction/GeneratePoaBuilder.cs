using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AppealHandbook.Data;
using AppealHandbook.Core;

namespace AppealHandbook.PlanOfAction;

/// <summary>
/// Adds the Plan of Action builder, <c>/{lang}/poa-builder/</c>, in each language, and the data it
/// reads: <c>poa/{key}.json</c> per complaint type, static files on the site's own origin.
/// </summary>
/// <remarks>
/// Each data file carries a <c>version</c> (a hash of its content), which the page saves with a
/// draft, so a draft made against older building blocks is recognised and mended, not lost.
/// </remarks>
public sealed class GeneratePoaBuilder : IModule
{
    /// <summary>The builder's folder under each language.</summary>
    public const string Slug = "poa-builder";

    /// <summary>The folder of the data files at the site root.</summary>
    public const string DataFolder = "poa";

    private static readonly JsonSerializerOptions Json = new()
    {
        // Chinese stays readable in the files; they are fetched as JSON, never placed in HTML.
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        WriteIndented = false,
    };

    /// <inheritdoc />
    public ModuleContract Contract { get; } = ModuleContract.SiteWide("adds the builder pages; reads the articles' titles", [DataFacts.SiteData, PoaFacts.Library], [],
        "the builder shows articles' titles, which an edit that keeps them leaves unchanged, or preview runs a full build");

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        var poa = state.Get(PoaFacts.Library);
        if (!poa.HasBuilder)
        {
            return;
        }

        var titles = state.Pages.Where(p => p.Kind == PageKind.Article).ToLookup(p => p.Key, StringComparer.Ordinal);
        foreach (var (key, blocks) in poa.Blocks)
        {
            var zh = titles[key].FirstOrDefault(p => p.Lang == Language.Zh)?.Title ?? key;
            var en = titles[key].FirstOrDefault(p => p.Lang == Language.En)?.Title ?? key;
            state.AddOutput(OutputFile.Text($"{DataFolder}/{key}.json", DataFile(blocks, poa, zh, en)));
        }

        var t = state.Get(DataFacts.SiteData).Strings;
        var pages = new List<Page>(state.Pages);
        foreach (var lang in Language.All)
        {
            pages.Add(new Page { Kind = PageKind.PoaBuilder, Lang = lang, Url = $"{lang}/{Slug}/", Title = t[lang]["poa_title"], Summary = t[lang]["poa_description"] });
        }

        state.Pages = [.. pages.OrderBy(p => p.Url, StringComparer.Ordinal)];
    }

    /// <summary>The JSON the page reads for one complaint type: its titles, the fields it uses and its building blocks.</summary>
    public static string DataFile(PoaBlocks blocks, PoaLibrary poa, string titleZh, string titleEn)
    {
        var items = blocks.Parts.ToDictionary(p => p.Part, p => Array(p.Items.Select(i => Item(i, p.Part != PoaParts.Causes))), StringComparer.Ordinal);
        var used = blocks.Parts.SelectMany(p => p.Items)
            .SelectMany(i => ReadPoaBlocks.FieldReference().Matches(i.Text.En + " " + i.Text.Zh).Select(m => m.Groups[1].Value))
            .Distinct(StringComparer.Ordinal)
            .Where(poa.Fields.ContainsKey)
            .Select(id => poa.Fields[id])
            .OrderBy(f => f.Line)
            .Select(f => new JsonObject { ["id"] = f.Id, ["format"] = f.Format, ["list"] = f.List, ["label"] = Pair(f.Label.Zh, f.Label.En) });
        var content = new JsonObject
        {
            ["key"] = blocks.Key,
            ["title"] = Pair(titleZh, titleEn),
            ["fields"] = Array(used),
            [PoaParts.Causes] = items[PoaParts.Causes],
            [PoaParts.Corrective] = items[PoaParts.Corrective],
            [PoaParts.Preventive] = items[PoaParts.Preventive],
        };
        var body = content.ToJsonString(Json);
        var version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)))[..12];
        content["version"] = version;
        return content.ToJsonString(Json) + "\n";
    }

    private static JsonObject Item(PoaItem item, bool answers)
    {
        var entry = new JsonObject { ["id"] = item.Id, ["zh"] = item.Text.Zh, ["en"] = item.Text.En };
        if (answers)
        {
            entry["answers"] = Array(item.Answers.Select(a => (JsonNode?)a));
        }

        return entry;
    }

    private static JsonObject Pair(string zh, string en) => new() { ["zh"] = zh, ["en"] = en };

    private static JsonArray Array(IEnumerable<JsonNode?> nodes) => [.. nodes];
}
