namespace AppealHandbook.Layout.Models;

/// <summary>The glossary terms under one letter of the A–Z jump list (pinyin initials on the Chinese page).</summary>
/// <param name="Letter">A–Z, or <c>#</c> for terms that start with no letter.</param>
/// <param name="Anchor">The group's id on the page (<c>letter-A</c>).</param>
/// <param name="Terms">The terms, in dictionary order.</param>
public sealed record GlossaryGroupModel(string Letter, string Anchor, IReadOnlyList<GlossaryEntryModel> Terms);
