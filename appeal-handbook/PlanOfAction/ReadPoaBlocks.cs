using System.Collections.Immutable;
using System.Text.RegularExpressions;
using AppealHandbook.Content;
using AppealHandbook.Data;
using AppealHandbook.Core;
using YamlDotNet.RepresentationModel;

namespace AppealHandbook.PlanOfAction;

/// <summary>
/// Reads <c>input/_data/poa/fields.yml</c> and every <c>{key}.yml</c> beside it, and checks each
/// file on its own: valid YAML of the right shape, both languages, unique ids, answers that name a
/// cause of the same file, the same fields in both languages, and every field defined.
/// </summary>
/// <remarks>
/// Whether each file's key is an article, and whether every article has a file, needs the
/// articles: <see cref="CheckPoaKeys"/> checks that once they are read.
/// </remarks>
public sealed partial class ReadPoaBlocks : IModule
{
    /// <summary>The folder under the input that holds the building blocks.</summary>
    public const string Folder = "_data/poa";

    /// <summary>The file of field definitions in <see cref="Folder"/>.</summary>
    public const string FieldsFile = "fields.yml";

    /// <summary>A field as building blocks write it: <c>{asins}</c>.</summary>
    [GeneratedRegex(@"\{([a-z_]+)\}")]
    public static partial Regex FieldReference();

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex FieldId();

    /// <inheritdoc />
    public ModuleContract Contract { get; } = ModuleContract.SiteWide("", [], [PoaFacts.Library],
        "a change to a data file makes preview run a full build");

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        var folder = Path.Combine(state.Options.InputDirectory, "_data", "poa");
        if (!Directory.Exists(folder))
        {
            state.Add(PoaFacts.Library, PoaLibrary.None); // a site without building blocks has no builder
            return;
        }

        var fieldsPath = Path.Combine(folder, FieldsFile);
        var fields = ReadFields(fieldsPath, state);
        var blocks = ImmutableSortedDictionary.CreateBuilder<string, PoaBlocks>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.yml").Order(StringComparer.Ordinal))
        {
            var key = Path.GetFileNameWithoutExtension(file);
            if (key == Path.GetFileNameWithoutExtension(FieldsFile))
            {
                continue;
            }

            if (ReadBlocks(file, key, fields, state) is { } read)
            {
                blocks[key] = read;
            }
        }

        state.Add(PoaFacts.Library, new PoaLibrary(true, state.DisplayPath(fieldsPath), fields, blocks.ToImmutable()));
    }

    private static YamlNode? Load(string fullPath, BuildState state)
    {
        var display = state.DisplayPath(fullPath);
        if (!File.Exists(fullPath))
        {
            state.Diagnostics.Error(display, 0, 0, DiagnosticCodes.PoaSyntax,
                $"{Path.GetFileName(fullPath)} is missing. Restore it from the repository: it defines the fields the building blocks use.");
            return null;
        }

        try
        {
            var text = TextDecoder.Decode(File.ReadAllBytes(fullPath), out var problem);
            if (text is null)
            {
                state.Diagnostics.Error(display, 0, 0, DiagnosticCodes.UnreadableFile, problem!);
                return null;
            }

            return YamlLoader.Load(text, display, 1, DiagnosticCodes.PoaSyntax, state.Diagnostics);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            state.Diagnostics.Error(display, 0, 0, DiagnosticCodes.UnreadableFile, $"The file cannot be read ({ex.Message}).");
            return null;
        }
    }

    private static ImmutableSortedDictionary<string, PoaField> ReadFields(string fullPath, BuildState state)
    {
        var fields = ImmutableSortedDictionary.CreateBuilder<string, PoaField>(StringComparer.Ordinal);
        var display = state.DisplayPath(fullPath);
        var root = Load(fullPath, state);
        if (root is null)
        {
            return fields.ToImmutable();
        }

        if (root is not YamlSequenceNode seq)
        {
            state.Diagnostics.Error(display, YamlLoader.LineOf(root, 1), 1, DiagnosticCodes.PoaSyntax,
                "fields.yml must be a list of fields, each `- id: asins` with `format`, `label: {zh: ..., en: ...}` and optionally `list: true`.");
            return fields.ToImmutable();
        }

        foreach (var node in seq.Children)
        {
            var line = YamlLoader.LineOf(node, 1);
            if (node is not YamlMappingNode item)
            {
                state.Diagnostics.Error(display, line, 1, DiagnosticCodes.PoaSyntax, "Each field must be a mapping: `- id: asins`, `format: asin`, `label: {zh: ..., en: ...}`.");
                continue;
            }

            var f = new YamlFields(item, display, 1, state.Diagnostics, DiagnosticCodes.PoaUndefinedField, DiagnosticCodes.PoaUndefinedField);
            var id = f.RequiredString("id", "Name the field in lowercase letters and underscores, as building blocks write it in braces.");
            if (id.Length > 0 && !FieldId().IsMatch(id))
            {
                state.Diagnostics.Error(display, f.LineOr("id"), 1, DiagnosticCodes.PoaUndefinedField,
                    $"Field id '{MessageText.Shorten(id)}' may hold only lowercase letters, digits and underscores (order_ids), as written in braces.");
                continue;
            }

            if (id.Length > 0 && fields.ContainsKey(id))
            {
                state.Diagnostics.Error(display, f.LineOr("id"), 1, DiagnosticCodes.PoaDuplicateId,
                    $"Field '{id}' is defined twice. Keep one definition.");
                continue;
            }

            var format = f.RequiredString("format", $"Use one of: {string.Join(", ", PoaField.Formats)}.");
            if (format.Length > 0 && !PoaField.Formats.Contains(format))
            {
                state.Diagnostics.Error(display, f.LineOr("format"), 1, DiagnosticCodes.PoaUndefinedField,
                    $"Field '{id}' has format '{MessageText.Shorten(format)}'. Use one of: {string.Join(", ", PoaField.Formats)}.");
            }

            var list = f.OptionalString("list") is { } flag && flag.Trim() is "true" or "yes";
            var label = f.Localized("label");
            if (id.Length > 0)
            {
                fields[id] = new PoaField(id, format, list, label, f.MappingLine);
            }
        }

        return fields.ToImmutable();
    }

    private static PoaBlocks? ReadBlocks(string fullPath, string key, ImmutableSortedDictionary<string, PoaField> fields, BuildState state)
    {
        var display = state.DisplayPath(fullPath);
        var root = Load(fullPath, state);
        if (root is null)
        {
            return null;
        }

        if (root is not YamlMappingNode map)
        {
            state.Diagnostics.Error(display, YamlLoader.LineOf(root, 1), 1, DiagnosticCodes.PoaSyntax,
                "A building-block file holds three lists: `causes:`, `corrective:` and `preventive:`. See CONTRIBUTING.md.");
            return null;
        }

        foreach (var (name, _) in map.Children)
        {
            if (name is not YamlScalarNode { Value: { } text } || !PoaParts.All.Contains(text))
            {
                state.Diagnostics.Error(display, YamlLoader.LineOf(name, 1), 1, DiagnosticCodes.PoaSyntax,
                    $"Unknown list '{MessageText.Shorten((name as YamlScalarNode)?.Value ?? "?")}'. A building-block file holds only `causes:`, `corrective:` and `preventive:`.");
            }
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var parts = new Dictionary<string, ImmutableArray<PoaItem>>(StringComparer.Ordinal);
        foreach (var part in PoaParts.All)
        {
            parts[part] = ReadItems(map, part, display, fields, ids, state);
        }

        // Answers are checked once every cause id of the file is known.
        var causes = parts[PoaParts.Causes].Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var part in new[] { PoaParts.Corrective, PoaParts.Preventive })
        {
            foreach (var item in parts[part])
            {
                foreach (var answer in item.Answers.Where(a => !causes.Contains(a)))
                {
                    state.Diagnostics.Error(display, item.AnswersLine, 1, DiagnosticCodes.PoaUnknownCause,
                        $"'{item.Id}' answers '{MessageText.Shorten(answer)}', which is not a cause in this file. Use one of: {string.Join(", ", causes.Order(StringComparer.Ordinal))}.");
                }
            }
        }

        return new PoaBlocks(key, display, parts[PoaParts.Causes], parts[PoaParts.Corrective], parts[PoaParts.Preventive]);
    }

    private static ImmutableArray<PoaItem> ReadItems(YamlMappingNode map, string part, string display, ImmutableSortedDictionary<string, PoaField> fields, Dictionary<string, int> ids, BuildState state)
    {
        var items = ImmutableArray.CreateBuilder<PoaItem>();
        var node = map.Children.TryGetValue(new YamlScalarNode(part), out var found) ? found : null;
        if (node is not YamlSequenceNode seq)
        {
            state.Diagnostics.Error(display, node is null ? 1 : YamlLoader.LineOf(node, 1), 1, DiagnosticCodes.PoaSyntax,
                $"`{part}:` must be a list of items, each `- id: ...` with `zh:` and `en:`{(part == PoaParts.Causes ? "" : " and `answers: [cause-id]`")}.");
            return items.ToImmutable();
        }

        foreach (var child in seq.Children)
        {
            var line = YamlLoader.LineOf(child, 1);
            if (child is not YamlMappingNode entry)
            {
                state.Diagnostics.Error(display, line, 1, DiagnosticCodes.PoaSyntax,
                    $"Each item of `{part}:` must be a mapping: `- id: ...`, `zh: ...`, `en: ...`.");
                continue;
            }

            var f = new YamlFields(entry, display, 1, state.Diagnostics, DiagnosticCodes.PoaSyntax, DiagnosticCodes.PoaMissingLanguage);
            var id = new YamlFields(entry, display, 1, state.Diagnostics, DiagnosticCodes.PoaSyntax, DiagnosticCodes.PoaSyntax).RequiredString("id", "Give the item a kebab-case id, unique in this file.");
            if (id.Length > 0 && !ArticleKey.KebabCase().IsMatch(id))
            {
                state.Diagnostics.Error(display, f.LineOr("id"), 1, DiagnosticCodes.PoaDuplicateId,
                    $"Item id '{MessageText.Shorten(id)}' must be kebab-case (lowercase letters, digits and single hyphens).");
            }
            else if (id.Length > 0 && ids.TryGetValue(id, out var first))
            {
                state.Diagnostics.Error(display, f.LineOr("id"), 1, DiagnosticCodes.PoaDuplicateId,
                    $"Item id '{id}' is already used on line {first}. Give each cause, action and measure its own id.");
            }
            else if (id.Length > 0)
            {
                ids[id] = f.LineOr("id");
            }

            var zh = f.RequiredString(Language.Zh, "Write the item in Chinese as well: the builder shows it beside the English.");
            var en = f.RequiredString(Language.En, "Write the item in English as well: the Plan of Action is submitted in it.");
            CheckFields(id, zh, en, f, display, fields, state);

            var answers = ImmutableArray<string>.Empty;
            if (part == PoaParts.Causes)
            {
                if (f.Node("answers") is not null)
                {
                    state.Diagnostics.Error(display, f.LineOr("answers"), 1, DiagnosticCodes.PoaUnknownCause,
                        $"Cause '{id}' has `answers:`, which only corrective actions and preventive measures have. Remove it.");
                }
            }
            else
            {
                answers = f.StringList("answers");
                if (answers.IsEmpty)
                {
                    state.Diagnostics.Error(display, f.LineOr("answers"), 1, DiagnosticCodes.PoaUnknownCause,
                        $"'{id}' must say which causes it answers: `answers: [cause-id]`.");
                }
            }

            foreach (var extra in f.Lines.Keys.Where(k => k is not ("id" or "zh" or "en" or "answers")))
            {
                state.Diagnostics.Error(display, f.Lines[extra], 1, DiagnosticCodes.PoaSyntax,
                    $"Unknown key '{MessageText.Shorten(extra)}'. An item has `id`, `zh`, `en`{(part == PoaParts.Causes ? "" : " and `answers`")}.");
            }

            items.Add(new PoaItem(id, new LocalizedText(zh, en), answers, line, f.LineOr("answers")));
        }

        return items.ToImmutable();
    }

    /// <summary>Both languages must use the same fields, each defined in fields.yml, with no other braces.</summary>
    private static void CheckFields(string id, string zh, string en, YamlFields f, string display, ImmutableSortedDictionary<string, PoaField> fields, BuildState state)
    {
        var inZh = FieldReference().Matches(zh).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var inEn = FieldReference().Matches(en).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        if (zh.Length > 0 && en.Length > 0 && !inZh.SetEquals(inEn))
        {
            static string Names(IEnumerable<string> names) => names.Any() ? string.Join(", ", names.Order(StringComparer.Ordinal).Select(n => "{" + n + "}")) : "none";
            state.Diagnostics.Error(display, f.LineOr(Language.En), 1, DiagnosticCodes.PoaFieldMismatch,
                $"'{id}' uses different fields in Chinese ({Names(inZh)}) and English ({Names(inEn)}). Write the same fields in both, so the seller's facts appear in both texts.");
        }

        foreach (var lang in Language.All)
        {
            var text = lang == Language.Zh ? zh : en;
            foreach (var name in FieldReference().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).Where(n => !fields.ContainsKey(n)))
            {
                state.Diagnostics.Error(display, f.LineOr(lang), 1, DiagnosticCodes.PoaUndefinedField,
                    $"'{id}' uses the field {{{name}}}, which input/_data/poa/fields.yml does not define. Use one of its fields or add the field there.");
            }

            if (FieldReference().Replace(text, "").IndexOfAny(['{', '}']) >= 0)
            {
                state.Diagnostics.Error(display, f.LineOr(lang), 1, DiagnosticCodes.PoaUndefinedField,
                    $"'{id}' has a brace that is not a field. Write fields as {{name}} in lowercase (e.g. {{asins}}) and use no other braces.");
            }
        }
    }
}
