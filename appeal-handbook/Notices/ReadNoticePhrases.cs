using System.Collections.Immutable;
using System.Text.RegularExpressions;
using AppealHandbook.Core;
using YamlDotNet.RepresentationModel;

namespace AppealHandbook.Notices;

/// <summary>
/// Reads <c>input/_data/notices/*.yml</c>, the phrases the notice decoder looks for, and checks
/// each file on its own: its shape, both languages, no phrase twice, and no phrase the decoder
/// could not use. Without the folder the handbook simply has no phrases (small test sites).
/// </summary>
public sealed partial class ReadNoticePhrases : IModule
{
    /// <summary>The folder under <c>input/_data/</c>.</summary>
    public const string Folder = "notices";

    /// <summary>The two lists a file holds.</summary>
    public static readonly IReadOnlyList<string> Lists = ["names", "phrases"];

    /// <summary>Far more than the phrases of one complaint type; a larger file is a mistake.</summary>
    public const long MaxFileBytes = 256 * 1024;

    /// <summary>Longer than any sentence worth matching whole; a notice rewords long sentences.</summary>
    public const int MaxLength = 80;

    // Words that tell nothing about the complaint type (the decoder ignores them too).
    private static readonly HashSet<string> FunctionWords = new(
        "a an and are as at be been by for from has have i in is it its of on or our that the this to was we were will with you your".Split(' '),
        StringComparer.Ordinal);

    [GeneratedRegex(@"[a-z0-9]+(?:['-][a-z0-9]+)*")]
    private static partial Regex Word();

    /// <inheritdoc />
    public ModuleContract Contract { get; } = ModuleContract.SiteWide("", [], [NoticeFacts.Phrases],
        "a change to a data file makes preview run a full build");

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        var folder = Path.Combine(state.Options.InputDirectory, "_data", Folder);
        if (!Directory.Exists(folder))
        {
            state.Add(NoticeFacts.Phrases, new NoticeLibrary(state.DisplayPath(folder), false, ImmutableSortedDictionary<string, NoticePhrases>.Empty));
            return;
        }

        var types = ImmutableSortedDictionary.CreateBuilder<string, NoticePhrases>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.yml").Order(StringComparer.Ordinal))
        {
            if (Read(file, state) is { } phrases)
            {
                types[phrases.Key] = phrases;
            }
        }

        state.Add(NoticeFacts.Phrases, new NoticeLibrary(state.DisplayPath(folder), true, types.ToImmutable()));
    }

    private static NoticePhrases? Read(string fullPath, BuildState state)
    {
        var display = state.DisplayPath(fullPath);
        var key = Path.GetFileNameWithoutExtension(fullPath);
        if (!ArticleKey.KebabCase().IsMatch(key))
        {
            state.Diagnostics.Error(display, 1, 1, DiagnosticCodes.NoticeUnknownKey,
                $"'{MessageText.Shorten(key)}.yml' is not named after an article key. Name it KEY.yml after a violation article (input/zh/KEY.md).");
            return null;
        }

        string? text;
        try
        {
            text = new FileInfo(fullPath).Length > MaxFileBytes ? null : TextDecoder.Decode(File.ReadAllBytes(fullPath), out _);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            text = null;
        }

        if (text is null)
        {
            state.Diagnostics.Error(display, 1, 1, DiagnosticCodes.NoticeSyntax, $"The file cannot be read as UTF-8 text of at most {MaxFileBytes / 1024} KiB. Save it as UTF-8 and keep only phrases in it.");
            return null;
        }

        if (YamlLoader.Load(text, display, 1, DiagnosticCodes.NoticeSyntax, state.Diagnostics) is not { } root)
        {
            return null;
        }

        if (root is not YamlMappingNode map)
        {
            state.Diagnostics.Error(display, YamlLoader.LineOf(root, 1), 1, DiagnosticCodes.NoticeSyntax,
                "The file must be a mapping with 'names' and 'phrases', each with 'en' and 'zh' lists (see CONTRIBUTING.md).");
            return null;
        }

        foreach (var (k, _) in map.Children)
        {
            if (k is not YamlScalarNode { Value: { } name } || !Lists.Contains(name))
            {
                state.Diagnostics.Error(display, YamlLoader.LineOf(k, 1), 1, DiagnosticCodes.NoticeSyntax,
                    $"Unknown field '{MessageText.Shorten((k as YamlScalarNode)?.Value ?? "?")}'. A notice file holds only 'names' and 'phrases'.");
            }
        }

        var seen = Language.All.ToDictionary(l => l, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        var lists = Lists.ToDictionary(l => l, l => ReadList(map, l, display, seen, state), StringComparer.Ordinal);
        return new NoticePhrases(key, display, lists["names"], lists["phrases"]);
    }

    private static ImmutableDictionary<string, ImmutableArray<NoticePhrase>> ReadList(
        YamlMappingNode map, string list, string display, Dictionary<string, HashSet<string>> seen, BuildState state)
    {
        var result = ImmutableDictionary.CreateBuilder<string, ImmutableArray<NoticePhrase>>(StringComparer.Ordinal);
        var listLine = map.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: var v } && v == list) is { } keyNode ? YamlLoader.LineOf(keyNode, 1) : YamlLoader.LineOf(map, 1);
        if (!map.Children.TryGetValue(new YamlScalarNode(list), out var node) || node is not YamlMappingNode byLang)
        {
            var (code, message) = node is null or YamlScalarNode { Value: null or "" }
                ? (DiagnosticCodes.NoticeMissingLanguage, $"'{list}' is missing. Add `{list}:` with an `en:` and a `zh:` list.")
                : (DiagnosticCodes.NoticeSyntax, $"'{list}' must be a mapping with an `en:` and a `zh:` list.");
            state.Diagnostics.Error(display, listLine, 1, code, message);
            return result.ToImmutable();
        }

        foreach (var lang in Language.All)
        {
            if (!byLang.Children.TryGetValue(new YamlScalarNode(lang), out var items) || items is YamlScalarNode { Value: null or "" } || items is YamlSequenceNode { Children.Count: 0 })
            {
                state.Diagnostics.Error(display, items is null ? listLine : YamlLoader.LineOf(items, 1), 1, DiagnosticCodes.NoticeMissingLanguage,
                    $"'{list}' has no {(lang == Language.Zh ? "Chinese" : "English")} entries. Add `{lang}:` with what {(lang == Language.Zh ? "Chinese" : "English")} notices say.");
                continue;
            }

            if (items is not YamlSequenceNode sequence)
            {
                state.Diagnostics.Error(display, YamlLoader.LineOf(items, 1), 1, DiagnosticCodes.NoticeSyntax,
                    $"'{list}.{lang}' must be a list, for example `{lang}: [one phrase, another]`.");
                continue;
            }

            var phrases = ImmutableArray.CreateBuilder<NoticePhrase>();
            foreach (var item in sequence.Children)
            {
                var line = YamlLoader.LineOf(item, 1);
                if (item is not YamlScalarNode { Value: { } raw } || string.IsNullOrWhiteSpace(raw))
                {
                    state.Diagnostics.Error(display, line, 1, DiagnosticCodes.NoticeSyntax,
                        $"Each item of '{list}.{lang}' must be a phrase (text), not a list, a mapping or nothing.");
                    continue;
                }

                var text = raw.Trim();
                if (Problem(text, lang) is { } problem)
                {
                    state.Diagnostics.Error(display, line, 1, DiagnosticCodes.NoticeBadPhrase, problem);
                    continue;
                }

                if (!seen[lang].Add(Normalize(text)))
                {
                    state.Diagnostics.Error(display, line, 1, DiagnosticCodes.NoticeDuplicatePhrase,
                        $"'{MessageText.Shorten(text)}' is already in this file. Remove the repeat; a phrase counts once.");
                    continue;
                }

                phrases.Add(new NoticePhrase(text, line));
            }

            result[lang] = phrases.ToImmutable();
        }

        return result.ToImmutable();
    }

    /// <summary>Case, spacing and punctuation as the decoder ignores them.</summary>
    public static string Normalize(string phrase) =>
        string.Join(' ', Word().Matches(phrase.ToLowerInvariant()).Select(m => m.Value).Concat(Cjk(phrase)));

    private static IEnumerable<string> Cjk(string phrase) =>
        phrase.Where(IsCjk).Any() ? [new string([.. phrase.Where(c => IsCjk(c) || char.IsAsciiLetterOrDigit(c))]).ToLowerInvariant()] : [];

    /// <summary>Why the decoder could not use <paramref name="phrase"/> as a <paramref name="lang"/> phrase, or null.</summary>
    public static string? Problem(string phrase, string lang)
    {
        if (phrase.Length > MaxLength)
        {
            return $"The phrase is {phrase.Length} characters long; notices reword long sentences, so it would rarely match. Keep the telling part, at most {MaxLength} characters.";
        }

        if (phrase.Any(c => char.IsControl(c)))
        {
            return "The phrase contains control characters (invisible bytes). Retype it.";
        }

        var chinese = phrase.Count(IsCjk);
        if (lang == Language.Zh && chinese < 2)
        {
            return "A Chinese phrase needs at least two Chinese characters. Move English wording to the `en:` list.";
        }

        if (lang == Language.En)
        {
            if (chinese > 0)
            {
                return "An English phrase contains Chinese characters. Move it to the `zh:` list.";
            }

            var words = Word().Matches(phrase.ToLowerInvariant()).Select(m => m.Value).ToList();
            if (words.Count == 0 || words.All(FunctionWords.Contains) || string.Concat(words).Length < 2)
            {
                return "The phrase has no word that says what the notice is about. Use the words that name the problem, e.g. `order defect rate`.";
            }
        }

        return null;
    }

    private static bool IsCjk(char c) => c is (>= '\u3400' and <= '\u4dbf') or (>= '\u4e00' and <= '\u9fff') or (>= '\uf900' and <= '\ufaff');
}
