using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AppealHandbook.Core;
using AppealHandbook.Data;
using AppealHandbook.Linking;

namespace AppealHandbook.Notices;

/// <summary>
/// Adds the notice decoder, <c>/{lang}/notice/</c>, in each language, and the phrases it reads,
/// <c>/{lang}/notice/phrases.json</c>: each complaint type with its article's title and link in
/// that language and the phrases of both languages, since a notice may be pasted in either.
/// </summary>
/// <remarks>
/// The page exists even without phrases (it then recognises nothing), so the links to it from
/// every page's header always resolve.
/// </remarks>
public sealed class GenerateNoticePages : IModule
{
    /// <summary>The decoder's folder under each language.</summary>
    public const string Slug = "notice";

    /// <summary>The data file beside the page.</summary>
    public const string DataFile = "phrases.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        // Chinese stays readable in the file; it is fetched as JSON, never placed in HTML.
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    /// <inheritdoc />
    public ModuleContract Contract { get; } = ModuleContract.SiteWide("adds the decoder page in each language", [DataFacts.SiteData, LinkingFacts.Index, NoticeFacts.Phrases], [],
        "the decoder's data holds titles, keys and types, which are unchanged, or preview runs a full build");

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        var t = state.Get(DataFacts.SiteData).Strings;
        var pages = new List<Page>(state.Pages);
        foreach (var lang in Language.All)
        {
            pages.Add(new Page { Kind = PageKind.Notice, Lang = lang, Url = $"{lang}/{Slug}/", Title = t[lang]["notice_title"], Summary = t[lang]["notice_description"] });
            state.AddOutput(OutputFile.Text($"{lang}/{Slug}/{DataFile}", Data(state, lang)));
        }

        state.Pages = [.. pages.OrderBy(p => p.Url, StringComparer.Ordinal)];
    }

    /// <summary>The JSON the page in <paramref name="lang"/> reads, complaint types in the handbook's order.</summary>
    public static string Data(BuildState state, string lang)
    {
        var notices = state.Get(NoticeFacts.Phrases).Types;
        var types = state.Get(LinkingFacts.Index).Navigation(lang)
            .SelectMany(group => group.Articles.Select(article => (group.Type, Article: article)))
            .Where(x => notices.ContainsKey(x.Article.Key))
            .Select(x =>
            {
                var phrases = notices[x.Article.Key];
                return (JsonNode)new JsonObject
                {
                    ["key"] = x.Article.Key,
                    ["title"] = x.Article.Title,
                    ["url"] = $"../../{x.Article.Url}",
                    ["typeName"] = x.Type.Name[lang],
                    ["names"] = Strings(phrases.AllNames),
                    ["phrases"] = Strings(phrases.AllPhrases),
                };
            });
        return new JsonObject { ["types"] = new JsonArray([.. types]) }.ToJsonString(Json) + "\n";
    }

    private static JsonArray Strings(IEnumerable<string> values) => [.. values.Select(v => (JsonNode?)v)];
}
