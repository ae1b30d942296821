using System.Collections.Immutable;
using System.Text.RegularExpressions;
using AppealHandbook.Core;
using YamlDotNet.RepresentationModel;

namespace AppealHandbook.Data;

/// <summary>
/// Reads <c>input/site.yml</c>, <c>input/_data/violation-types.yml</c>, <c>structure.yml</c>,
/// <c>glossary.yml</c> and the theme's interface strings into <see cref="SiteData"/>.
/// </summary>
public sealed partial class ReadSiteData : IModule
{

    /// <inheritdoc />
    public ModuleContract Contract { get; } = ModuleContract.SiteWide("", [], [DataFacts.SiteData],
        "a change to a data file makes preview run a full build");

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        var input = state.Options.InputDirectory;
        var config = ReadConfig(Path.Combine(input, "site.yml"), state);
        var types = ReadTypes(Path.Combine(input, "_data", "violation-types.yml"), state);
        var structure = ReadStructure(Path.Combine(input, "_data", "structure.yml"), state);
        var glossary = ReadGlossary(Path.Combine(input, "_data", "glossary.yml"), state);
        var strings = Language.All.ToImmutableDictionary(lang => lang, lang => ReadStrings(lang, state));
        state.Add(DataFacts.SiteData, new SiteData(config, types, structure, glossary, strings));
    }

    private static YamlNode? LoadFile(string fullPath, BuildState state, bool required = true, string? root = null)
    {
        var display = state.DisplayPath(fullPath);
        if (!File.Exists(fullPath))
        {
            if (required)
            {
                state.Diagnostics.Error(display, 0, 0, DiagnosticCodes.BadDataFile,
                    $"{Path.GetFileName(fullPath)} is missing. Restore it from the repository.");
            }

            return null;
        }

        // A data file linked from outside the input (or the theme, for its strings) is not read.
        if (!RootedFiles.IsContained(fullPath, root ?? state.Options.InputDirectory, state.Diagnostics, state.DisplayPath))
        {
            return null;
        }

        try
        {
            var text = TextDecoder.Decode(File.ReadAllBytes(fullPath), out var problem);
            if (text is null)
            {
                state.Diagnostics.Error(display, 0, 0, DiagnosticCodes.BadDataFile, problem!);
                return null;
            }

            return YamlLoader.Load(InvisibleCharacters.Strip(text, 0, display, state.Diagnostics), display, 1, DiagnosticCodes.BadDataFile, state.Diagnostics);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            state.Diagnostics.Error(display, 0, 0, DiagnosticCodes.BadDataFile, $"The file cannot be read ({ex.Message}).");
            return null;
        }
    }

    private static YamlFields Fields(YamlMappingNode node, string fullPath, BuildState state) =>
        new(node, state.DisplayPath(fullPath), 1, state.Diagnostics, DiagnosticCodes.BadDataFile, DiagnosticCodes.BadDataFile);

    private static SiteConfig ReadConfig(string fullPath, BuildState state)
    {
        var root = LoadFile(fullPath, state) as YamlMappingNode ?? new YamlMappingNode();
        var f = Fields(root, fullPath, state);
        // The command line's --base-path wins over site.yml's.
        var basePath = SiteConfig.NormalizeBasePath(state.Options.BasePath ?? f.OptionalString("basePath") ?? "/");
        if (!SiteConfig.IsSafeBasePath(basePath))
        {
            // A value from the command line is the command line's mistake, not site.yml's (the
            // command line itself refuses it first; this is for other callers of the engine).
            var fromOptions = state.Options.BasePath is not null;
            state.Diagnostics.Error(fromOptions ? "--base-path" : state.DisplayPath(fullPath), fromOptions ? 0 : f.LineOr("basePath"), 1,
                fromOptions ? DiagnosticCodes.BadOptions : DiagnosticCodes.BadDataFile, SiteConfig.BasePathProblem(basePath));
            basePath = "/";
        }

        return new SiteConfig(
            f.Localized("title"),
            f.Localized("description"),
            HttpUrl(f, "baseUrl", f.RequiredString("baseUrl", "Set it to the address the site is published at, e.g. https://example.org."), fullPath, state),
            basePath,
            HttpUrl(f, "editUrl", f.OptionalString("editUrl") ?? "", fullPath, state),
            HttpUrl(f, "repository", f.OptionalString("repository") ?? "", fullPath, state));
    }

    /// <summary>These addresses end up in links on every page: only http(s) is accepted.</summary>
    private static string HttpUrl(YamlFields f, string name, string value, string fullPath, BuildState state)
    {
        if (value.Length == 0 || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return value;
        }

        state.Diagnostics.Error(state.DisplayPath(fullPath), f.LineOr(name), 1, DiagnosticCodes.BadDataFile,
            $"'{name}' must be an http(s) address, e.g. https://github.com/OWNER/REPO.");
        return "";
    }

    private static ImmutableArray<ViolationType> ReadTypes(string fullPath, BuildState state)
    {
        var list = ImmutableArray.CreateBuilder<ViolationType>();
        if (LoadFile(fullPath, state) is not YamlSequenceNode seq)
        {
            return list.ToImmutable();
        }

        foreach (var item in seq.Children.OfType<YamlMappingNode>())
        {
            var f = Fields(item, fullPath, state);
            var id = f.RequiredString("id", "Give the type a kebab-case id.");
            if (id.Length > 0 && !ArticleKey.KebabCase().IsMatch(id))
            {
                state.Diagnostics.Error(state.DisplayPath(fullPath), f.LineOr("id"), 1, DiagnosticCodes.BadDataFile,
                    $"Type id '{id}' must be kebab-case (lowercase letters, digits and single hyphens).");
            }

            list.Add(new ViolationType(id, f.Localized("name"), f.Localized("description"), f.StringList("articles")));
        }

        return list.ToImmutable();
    }

    private static StructureRules ReadStructure(string fullPath, BuildState state)
    {
        var root = LoadFile(fullPath, state) as YamlMappingNode ?? new YamlMappingNode();
        var f = Fields(root, fullPath, state);
        return new StructureRules(
            Sections(f.Node("default"), fullPath, state),
            Groups(f.Node("byType"), fullPath, state),
            Groups(f.Node("byKey"), fullPath, state));
    }

    private static ImmutableDictionary<string, ImmutableArray<SectionRule>> Groups(YamlNode? node, string fullPath, BuildState state) =>
        node is YamlMappingNode map
            ? map.Children
                .Where(kv => kv.Key is YamlScalarNode { Value: not null })
                .ToImmutableDictionary(kv => ((YamlScalarNode)kv.Key).Value!, kv => Sections(kv.Value, fullPath, state), StringComparer.Ordinal)
            : ImmutableDictionary<string, ImmutableArray<SectionRule>>.Empty;

    private static ImmutableArray<SectionRule> Sections(YamlNode? node, string fullPath, BuildState state) =>
        node is YamlSequenceNode seq
            ? [.. seq.Children.OfType<YamlMappingNode>().Select(item =>
            {
                var f = Fields(item, fullPath, state);
                return new SectionRule(
                    f.RequiredString("id", "Give the section its id."),
                    new LocalizedText(f.RequiredString("zh", "Give the Chinese heading."), f.RequiredString("en", "Give the English heading.")));
            })]
            : [];

    private static ImmutableArray<GlossaryTerm> ReadGlossary(string fullPath, BuildState state)
    {
        var list = ImmutableArray.CreateBuilder<GlossaryTerm>();
        if (LoadFile(fullPath, state, required: false) is not YamlSequenceNode seq)
        {
            return list.ToImmutable();
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in seq.Children.OfType<YamlMappingNode>())
        {
            var f = Fields(item, fullPath, state);
            var id = f.RequiredString("id", "Give the term a kebab-case id; its anchor becomes #term-ID.");
            if (id.Length > 0 && (!ArticleKey.KebabCase().IsMatch(id) || !seen.Add(id)))
            {
                state.Diagnostics.Error(state.DisplayPath(fullPath), f.LineOr("id"), 1, DiagnosticCodes.BadDataFile,
                    $"Glossary id '{id}' must be kebab-case and unique.");
            }

            var aliases = f.Node("aliases") as YamlMappingNode;
            var aliasFields = aliases is null ? null : Fields(aliases, fullPath, state);
            list.Add(new GlossaryTerm(
                id,
                new LocalizedText(f.RequiredString("zh", "Give the Chinese term."), f.RequiredString("en", "Give the English term.")),
                aliasFields?.StringList("zh") ?? [],
                aliasFields?.StringList("en") ?? [],
                f.Localized("definition"),
                f.OptionalString("article"),
                f.MappingLine));
        }

        return list.ToImmutable();
    }

    private static UiStrings ReadStrings(string lang, BuildState state)
    {
        var values = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        // The input's strings override the theme's, key by key.
        foreach (var root in new[] { state.Options.ThemeDirectory, state.Options.InputDirectory })
        {
            var path = Path.Combine(root, "i18n", lang + ".yml");
            if (LoadFile(path, state, required: false, root) is YamlMappingNode map)
            {
                foreach (var (k, v) in map.Children)
                {
                    if (k is YamlScalarNode { Value: { } key } && v is YamlScalarNode { Value: { } value })
                    {
                        values[key] = value;
                    }
                }
            }
        }

        return new UiStrings(lang, values.ToImmutable());
    }
}
