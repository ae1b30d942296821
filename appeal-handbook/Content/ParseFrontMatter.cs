using System.Collections.Immutable;
using System.Globalization;
using AppealHandbook.Core;
using YamlDotNet.RepresentationModel;

namespace AppealHandbook.Content;

/// <summary>
/// Turns each source file into an article <see cref="Page"/> with validated, typed
/// <see cref="FrontMatter"/> (CONTRIBUTING.md, Front matter). Every problem is reported on its own line with a fix;
/// a file with errors produces no page.
/// </summary>
public sealed class ParseFrontMatter : IModule
{
    private const int MaxTitleLength = 200;
    private const int MaxSummaryLength = 500;
    private const int MaxListItems = 100;

    /// <inheritdoc />
    public ModuleContract Contract { get; } = ModuleContract.Input("adds an article page per source file", [ContentFacts.Sources], [],
        "preview parses the edited file itself (Parse) before the modules that run on one page");

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        var sources = state.Get(ContentFacts.Sources);
        var pages = new Page?[sources.Length];
        Parallel.For(0, sources.Length, new ParallelOptions { MaxDegreeOfParallelism = state.Options.MaxDegreeOfParallelism },
            i => pages[i] = Parse(sources[i], state.Diagnostics));
        state.Pages = [.. pages.OfType<Page>()];
    }

    /// <summary>Parses and validates one file's front matter; null when it has errors.</summary>
    public static Page? Parse(SourceFile source, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        var frontMatter = Read(source, local);
        foreach (var d in local.Sorted())
        {
            diagnostics.Add(d);
        }

        if (frontMatter is null || local.HasErrors)
        {
            return null;
        }

        return new Page
        {
            Kind = PageKind.Article,
            Lang = frontMatter.Lang,
            Key = frontMatter.Key,
            Url = $"{frontMatter.Lang}/{frontMatter.Key}/",
            Title = frontMatter.Title,
            Summary = frontMatter.Summary,
            Source = source,
            FrontMatter = frontMatter,
        };
    }

    private static FrontMatter? Read(SourceFile source, DiagnosticBag diagnostics)
    {
        var path = source.Path;
        if (!FrontMatterBlock.TrySplit(source.Text, out var yaml, out _, out var problem))
        {
            diagnostics.Error(path, 1, 1, DiagnosticCodes.FrontMatterSyntax, problem!);
            return null;
        }

        var node = YamlLoader.Load(yaml, path, 2, DiagnosticCodes.FrontMatterSyntax, diagnostics);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlMappingNode mapping)
        {
            diagnostics.Error(path, 2, 1, DiagnosticCodes.FrontMatterSyntax,
                "The front matter must be a list of 'field: value' lines (title, key, lang, type, summary, updated).");
            return null;
        }

        var f = new YamlFields(mapping, path, 2, diagnostics, DiagnosticCodes.FrontMatterInvalid, DiagnosticCodes.FrontMatterMissing);
        foreach (var (name, line) in f.Lines.Where(kv => !FrontMatterKeys.Known.Contains(kv.Key)))
        {
            diagnostics.Warning(path, line, 1, DiagnosticCodes.FrontMatterInvalid,
                $"Unknown field '{name}' is ignored. The fields are: {string.Join(", ", FrontMatterKeys.Known.Order(StringComparer.Ordinal))}.");
        }

        var title = f.RequiredString(FrontMatterKeys.Title, "Give the page title in the article's language.");
        var key = f.RequiredString(FrontMatterKeys.Key, $"Use the file name: `key: {source.FileKey}`.");
        var lang = f.RequiredString(FrontMatterKeys.Lang, $"Use the folder's language: `lang: {source.Lang}`.");
        var type = f.RequiredString(FrontMatterKeys.Type, "Use a type id from input/_data/violation-types.yml.");
        var summary = f.RequiredString(FrontMatterKeys.Summary, "Write one sentence that says what the article helps with.");
        title = Visible(f, FrontMatterKeys.Title, title, path, diagnostics);
        summary = Visible(f, FrontMatterKeys.Summary, summary, path, diagnostics);
        var updatedText = f.RequiredString(FrontMatterKeys.Updated, "Give the date of the last change to the facts, e.g. `updated: 2026-01-31`.");

        CheckLength(f, FrontMatterKeys.Title, title, MaxTitleLength, path, diagnostics);
        CheckLength(f, FrontMatterKeys.Summary, summary, MaxSummaryLength, path, diagnostics);

        if (key.Length > 0)
        {
            var keyProblem = ArticleKey.Check(key);
            if (keyProblem == ArticleKeyProblem.NotKebabCase)
            {
                diagnostics.Error(path, f.LineOr(FrontMatterKeys.Key), 1, DiagnosticCodes.BadKey,
                    $"key '{MessageText.Shorten(key)}' is not kebab-case. Use lowercase ASCII letters, digits and single hyphens, e.g. `order-defect-rate`.");
            }
            else if (keyProblem == ArticleKeyProblem.Reserved)
            {
                diagnostics.Error(path, f.LineOr(FrontMatterKeys.Key), 1, DiagnosticCodes.BadKey,
                    $"key '{key}' is used by the site itself (/{{lang}}/{key}/). Choose another key.");
            }
            else if (keyProblem == ArticleKeyProblem.WindowsDeviceName)
            {
                diagnostics.Error(path, f.LineOr(FrontMatterKeys.Key), 1, DiagnosticCodes.BadKey,
                    $"key '{key}' is a device name on Windows, where the file '{key}.md' and the folder /{{lang}}/{key}/ cannot exist. Choose another key.");
            }
            else if (key != source.FileKey)
            {
                diagnostics.Error(path, f.LineOr(FrontMatterKeys.Key), 1, DiagnosticCodes.BadKey,
                    // Setting the key to the file name is a fix only when the file name is itself a valid key.
                    ArticleKey.Check(source.FileKey) == ArticleKeyProblem.None
                        ? $"key '{MessageText.Shorten(key)}' does not match the file name '{MessageText.Shorten(source.FileKey)}.md'. Rename the file to '{MessageText.Shorten(key)}.md' or set `key: {MessageText.Shorten(source.FileKey)}`."
                        : $"key '{MessageText.Shorten(key)}' does not match the file name, which is not a valid key (lowercase ASCII letters, digits and single hyphens). Rename the file to '{MessageText.Shorten(key)}.md'.");
            }
        }

        if (lang.Length > 0 && lang != source.Lang)
        {
            diagnostics.Error(path, f.LineOr(FrontMatterKeys.Lang), 1, DiagnosticCodes.LangMismatch,
                $"lang is '{MessageText.Shorten(lang)}' but the file is in the '{source.Lang}' folder. Set `lang: {source.Lang}`.");
        }

        var firstSteps = Limit(f, FrontMatterKeys.FirstSteps, path, diagnostics);
        var avoid = Limit(f, FrontMatterKeys.Avoid, path, diagnostics);
        if (type.Length > 0 && type != FrontMatter.GuidesType)
        {
            RequireBoxList(f, FrontMatterKeys.FirstSteps, firstSteps, "about three things to do today", "Open Account Health and note every ASIN the notice lists.", path, diagnostics);
            RequireBoxList(f, FrontMatterKeys.Avoid, avoid, "about three things not to do", "Do not delete the listings before you have read the notice.", path, diagnostics);
        }

        var deadline = f.OptionalString(FrontMatterKeys.Deadline)?.Trim();
        if (deadline is { Length: > 0 } && !ArticleKey.KebabCase().IsMatch(deadline))
        {
            diagnostics.Error(path, f.LineOr(FrontMatterKeys.Deadline), 1, DiagnosticCodes.FrontMatterInvalid,
                $"deadline '{MessageText.Shorten(deadline)}' must be a section id of the deadlines guide, e.g. `deadline: account`.");
            deadline = null;
        }

        var updated = default(DateOnly);
        if (updatedText.Length > 0 && !DateOnly.TryParseExact(updatedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out updated))
        {
            diagnostics.Error(path, f.LineOr(FrontMatterKeys.Updated), 1, DiagnosticCodes.FrontMatterInvalid,
                $"updated '{MessageText.Shorten(updatedText)}' is not a date in the form YYYY-MM-DD, e.g. `updated: 2026-01-31`.");
        }
        else if (IsInTheFuture(updated))
        {
            diagnostics.Warning(path, f.LineOr(FrontMatterKeys.Updated), 1, DiagnosticCodes.FutureDate,
                $"updated {updated:yyyy-MM-dd} is in the future. Set it to the day the facts last changed, e.g. today.");
        }

        return new FrontMatter
        {
            Title = title,
            Key = key,
            Lang = lang,
            Type = type,
            Summary = summary,
            Updated = updated,
            Related = Limit(f, FrontMatterKeys.Related, path, diagnostics),
            Tags = Limit(f, FrontMatterKeys.Tags, path, diagnostics),
            Aliases = Limit(f, FrontMatterKeys.Aliases, path, diagnostics),
            Sources = ReadSources(f, path, diagnostics),
            FirstSteps = firstSteps,
            Avoid = avoid,
            Deadline = deadline is { Length: > 0 } ? deadline : null,
            Lines = f.Lines,
        };
    }

    private static ImmutableArray<string> Limit(YamlFields f, string name, string path, DiagnosticBag diagnostics)
    {
        var items = f.StringList(name);
        if (items.Length > MaxListItems || items.Any(i => i.Length > MaxTitleLength))
        {
            diagnostics.Error(path, f.LineOr(name), 1, DiagnosticCodes.FrontMatterInvalid,
                $"'{name}' is too long: at most {MaxListItems} items of at most {MaxTitleLength} characters each.");
            return [];
        }

        // Every list Limit reads is published text (tags, aliases, the box's lists).
        if (items.Any(InvisibleCharacters.Contains))
        {
            WarnInvisible(f, name, path, diagnostics);
            return [.. items.Select(InvisibleCharacters.Remove)];
        }

        return items;
    }

    /// <summary>A published text field without invisible format characters, with a warning (ST013) at its line when it had any.</summary>
    private static string Visible(YamlFields f, string name, string value, string path, DiagnosticBag diagnostics)
    {
        if (!InvisibleCharacters.Contains(value))
        {
            return value;
        }

        WarnInvisible(f, name, path, diagnostics);
        return InvisibleCharacters.Remove(value);
    }

    private static void WarnInvisible(YamlFields f, string name, string path, DiagnosticBag diagnostics) =>
        diagnostics.Warning(path, f.LineOr(name), 1, DiagnosticCodes.InvisibleCharacters,
            $"'{name}' holds invisible format characters (such as a right-to-left override or a zero-width space) that can make it read differently than it is written; they were removed. Delete them from the file.");

    /// <summary>The "Do this now" box is what a seller reads first: an article about a notice must fill both of its lists.</summary>
    private static void RequireBoxList(YamlFields f, string name, ImmutableArray<string> items, string what, string example, string path, DiagnosticBag diagnostics)
    {
        if (items.IsEmpty && f.Node(name) is null or YamlScalarNode or YamlSequenceNode { Children.Count: 0 })
        {
            diagnostics.Error(path, f.LineOr(name), 1, DiagnosticCodes.FrontMatterMissing,
                $"'{name}' is required and must not be empty: list {what} for the \"Do this now\" box, e.g. `{name}: [\"{example}\"]`.");
        }
    }

    private static ImmutableArray<SourceLink> ReadSources(YamlFields f, string path, DiagnosticBag diagnostics)
    {
        var node = f.Node(FrontMatterKeys.Sources);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode seq)
        {
            diagnostics.Error(path, f.LineOr(FrontMatterKeys.Sources), 1, DiagnosticCodes.FrontMatterInvalid,
                "'sources' must be a list of entries with a title and a url, e.g. `- {title: Amazon help page, url: https://...}`.");
            return [];
        }

        var result = ImmutableArray.CreateBuilder<SourceLink>();
        foreach (var item in seq.Children)
        {
            var line = YamlLoader.LineOf(item, 2);
            if (item is not YamlMappingNode map)
            {
                diagnostics.Error(path, line, 1, DiagnosticCodes.FrontMatterInvalid,
                    "Each source needs a title and a url, e.g. `- {title: Amazon help page, url: https://...}`.");
                continue;
            }

            var s = new YamlFields(map, path, 2, diagnostics, DiagnosticCodes.FrontMatterInvalid, DiagnosticCodes.FrontMatterMissing);
            var title = s.RequiredString("title", "Give the source's title.");
            var url = s.RequiredString("url", "Give the source's address (https://...).");
            if (url.Length > 0 && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            {
                diagnostics.Error(path, s.LineOr("url"), 1, DiagnosticCodes.FrontMatterInvalid,
                    $"Source url '{MessageText.Shorten(url)}' must be an absolute http(s) address.");
                continue;
            }

            result.Add(new SourceLink(title, url));
        }

        return result.ToImmutable();
    }

    private static void CheckLength(YamlFields f, string name, string value, int max, string path, DiagnosticBag diagnostics)
    {
        if (value.Length > max)
        {
            diagnostics.Error(path, f.LineOr(name), 1, DiagnosticCodes.FrontMatterInvalid,
                $"'{name}' is {value.Length} characters long; keep it under {max}.");
        }
    }

    /// <summary>
    /// Whether a date is later than tomorrow in UTC: a day of slack, so that a date written in
    /// a time zone ahead of UTC is never in the future.
    /// </summary>
    public static bool IsInTheFuture(DateOnly date) => date > DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
}
