using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace AppealHandbook.Core;

/// <summary>
/// Typed, position-aware reads of one YAML mapping. Each read reports a diagnostic on the
/// field's own line when the value is missing or has the wrong shape, and returns a fallback.
/// </summary>
/// <param name="mapping">The mapping to read.</param>
/// <param name="path">File path for messages.</param>
/// <param name="firstLine">The 1-based file line on which the YAML text starts.</param>
/// <param name="diagnostics">Where problems go.</param>
/// <param name="code">Code for a value of the wrong shape.</param>
/// <param name="missingCode">Code for a missing required value.</param>
public sealed class YamlFields(YamlMappingNode mapping, string path, int firstLine, DiagnosticBag diagnostics, string code, string missingCode)
{
    /// <summary>The field names present, with the line of each.</summary>
    public ImmutableDictionary<string, int> Lines { get; } = mapping.Children
        .Where(kv => kv.Key is YamlScalarNode { Value: not null })
        .GroupBy(kv => ((YamlScalarNode)kv.Key).Value!, StringComparer.Ordinal)
        .ToImmutableDictionary(g => g.Key, g => YamlLoader.LineOf(g.First().Key, firstLine), StringComparer.Ordinal);

    /// <summary>The line of the whole mapping.</summary>
    public int MappingLine => YamlLoader.LineOf(mapping, firstLine);

    /// <summary>Raw node of a field, or null.</summary>
    public YamlNode? Node(string name) =>
        mapping.Children.TryGetValue(new YamlScalarNode(name), out var node) ? node : null;

    /// <summary>A required, non-empty string.</summary>
    public string RequiredString(string name, string fix)
    {
        var value = OptionalString(name);
        if (string.IsNullOrWhiteSpace(value) && Node(name) is null or YamlScalarNode)
        {
            diagnostics.Error(path, LineOr(name), 1, missingCode,
                $"'{name}' is required and must not be empty. {fix}");
        }

        return value?.Trim() ?? "";
    }

    /// <summary>An optional string; reports when the value is a list or mapping.</summary>
    public string? OptionalString(string name)
    {
        switch (Node(name))
        {
            case null:
                return null;
            case YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" }:
                return null; // YAML's null, not the text "null"
            case YamlScalarNode scalar:
                if (scalar.Value is { } text && text.Any(IsForbiddenControl))
                {
                    diagnostics.Error(path, YamlLoader.LineOf(scalar, firstLine), 1, code,
                        $"'{name}' contains control characters (invisible bytes such as ESC or NUL). Retype the value.");
                    return null;
                }

                return scalar.Value;
            case not null:
                diagnostics.Error(path, LineOr(name), 1, code,
                    $"'{name}' must be a single text value, not a list or a mapping.");
                return null;
        }
    }

    /// <summary>C0 controls other than tab and newlines, and the non-characters U+FFFE/U+FFFF: invisible, and invalid in XML feeds.</summary>
    private static bool IsForbiddenControl(char c) => (c < ' ' && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF' || c == '\u007F';

    /// <summary>An optional list of strings; a single string is accepted as a one-item list.</summary>
    public ImmutableArray<string> StringList(string name)
    {
        switch (Node(name))
        {
            case null:
                return [];
            case YamlScalarNode { Value: var v }:
                return string.IsNullOrWhiteSpace(v) ? [] : [v.Trim()];
            case YamlSequenceNode seq:
                var items = ImmutableArray.CreateBuilder<string>();
                foreach (var item in seq.Children)
                {
                    if (item is YamlScalarNode { Value: { } s } && !string.IsNullOrWhiteSpace(s) && !s.Any(IsForbiddenControl))
                    {
                        items.Add(s.Trim());
                    }
                    else
                    {
                        diagnostics.Error(path, YamlLoader.LineOf(item, firstLine), 1, code,
                            $"Each item of '{name}' must be a non-empty text value, for example `{name}: [one, two]`.");
                    }
                }

                return items.ToImmutable();
            case not null:
                diagnostics.Error(path, LineOr(name), 1, code,
                    $"'{name}' must be a list, for example `{name}: [one, two]`.");
                return [];
        }
    }

    /// <summary>A nested mapping with <c>zh</c> and <c>en</c> strings.</summary>
    public LocalizedText Localized(string name, bool required = true)
    {
        if (Node(name) is YamlMappingNode map)
        {
            var inner = new YamlFields(map, path, firstLine, diagnostics, code, missingCode);
            return new LocalizedText(
                required ? inner.RequiredString(Language.Zh, $"Give '{name}' in Chinese.") : inner.OptionalString(Language.Zh) ?? "",
                required ? inner.RequiredString(Language.En, $"Give '{name}' in English.") : inner.OptionalString(Language.En) ?? "");
        }

        if (required)
        {
            diagnostics.Error(path, LineOr(name), 1, code,
                $"'{name}' must give a text in each language, for example `{name}: {{zh: 中文, en: English}}`.");
        }

        return new LocalizedText("", "");
    }

    /// <summary>The line of a field, or of the mapping when the field is absent.</summary>
    public int LineOr(string name) => Lines.TryGetValue(name, out var line) ? line : MappingLine;
}
