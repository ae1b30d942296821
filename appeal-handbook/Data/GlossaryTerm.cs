using System.Collections.Immutable;
using AppealHandbook.Core;

namespace AppealHandbook.Data;

/// <summary>One entry of <c>input/_data/glossary.yml</c>; its anchor on the glossary page is <c>#term-ID</c>.</summary>
/// <param name="Id">Kebab-case id.</param>
/// <param name="Term">The term in each language.</param>
/// <param name="AliasesZh">Other Chinese words for it.</param>
/// <param name="AliasesEn">Other English words and abbreviations for it.</param>
/// <param name="Definition">The definition in each language.</param>
/// <param name="Article">Key of the article where the term applies, if any.</param>
/// <param name="Line">Line of the entry in the data file.</param>
public sealed record GlossaryTerm(
    string Id,
    LocalizedText Term,
    ImmutableArray<string> AliasesZh,
    ImmutableArray<string> AliasesEn,
    LocalizedText Definition,
    string? Article,
    int Line)
{
    /// <summary>The anchor id on the glossary page.</summary>
    public string Anchor => "term-" + Id;

    /// <summary>Every way of writing the term, in both languages.</summary>
    public IEnumerable<string> AllNames => [Term.Zh, Term.En, .. AliasesZh, .. AliasesEn];
}
