using System.Collections.Immutable;

namespace AppealHandbook.Notices;

/// <summary>
/// What the notices of one complaint type say, from <c>input/_data/notices/{key}.yml</c>: the
/// policy or metric they name, and their wording, in each language.
/// </summary>
/// <param name="Key">The article key the file is named after.</param>
/// <param name="Path">The file, for messages.</param>
/// <param name="Names">Policy, agreement or metric names, by language (<c>zh</c>, <c>en</c>).</param>
/// <param name="Phrases">Other wording of the notices, by language.</param>
public sealed record NoticePhrases(
    string Key,
    string Path,
    ImmutableDictionary<string, ImmutableArray<NoticePhrase>> Names,
    ImmutableDictionary<string, ImmutableArray<NoticePhrase>> Phrases)
{
    /// <summary>Every name and phrase in both languages, names first: a notice may be pasted in either language on either site.</summary>
    public IEnumerable<string> AllNames => Core.Language.All.SelectMany(l => Names.GetValueOrDefault(l, [])).Select(p => p.Text);

    /// <summary>Every phrase that is not a name, in both languages.</summary>
    public IEnumerable<string> AllPhrases => Core.Language.All.SelectMany(l => Phrases.GetValueOrDefault(l, [])).Select(p => p.Text);
}
