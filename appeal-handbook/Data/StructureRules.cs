using System.Collections.Immutable;


namespace AppealHandbook.Data;

/// <summary>
/// The required sections of every article, from <c>input/_data/structure.yml</c>: read by the
/// structure check, by <c>new</c>, and by contributors.
/// </summary>
/// <param name="Default">Sections every article has unless its type or key says otherwise.</param>
/// <param name="ByType">Sections per violation type id, replacing the default.</param>
/// <param name="ByKey">Sections per article key, replacing both.</param>
public sealed record StructureRules(
    ImmutableArray<SectionRule> Default,
    ImmutableDictionary<string, ImmutableArray<SectionRule>> ByType,
    ImmutableDictionary<string, ImmutableArray<SectionRule>> ByKey)
{
    /// <summary>The sections an article of <paramref name="type"/> with <paramref name="key"/> must have, in order.</summary>
    public ImmutableArray<SectionRule> For(string key, string type) =>
        ByKey.TryGetValue(key, out var byKey) ? byKey
        : ByType.TryGetValue(type, out var byType) ? byType
        : Default;
}
