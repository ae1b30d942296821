using System.Collections.Immutable;


namespace AppealHandbook.Data;

/// <summary>Everything under <c>input/_data/</c>, <c>input/site.yml</c> and the theme's strings, read once per build.</summary>
public sealed record SiteData(
    SiteConfig Config,
    ImmutableArray<ViolationType> Types,
    StructureRules Structure,
    ImmutableArray<GlossaryTerm> Glossary,
    ImmutableDictionary<string, UiStrings> Strings)
{
    private GlossaryMatcher? _glossaryNames;

    /// <summary>The glossary's names, indexed for matching in text; built on first use, once per build.</summary>
    public GlossaryMatcher GlossaryNames => LazyInitializer.EnsureInitialized(ref _glossaryNames, () => new GlossaryMatcher(Glossary));

    /// <summary>The type with <paramref name="id"/>, or null.</summary>
    public ViolationType? FindType(string id) => Types.FirstOrDefault(t => t.Id == id);
}
