using AppealHandbook.Core;
using System.Collections.Immutable;
using AppealHandbook.Content;

namespace AppealHandbook.PlanOfAction;

/// <summary>One building block: a root cause, a corrective action or a preventive measure.</summary>
/// <param name="Id">Kebab-case, unique within its file.</param>
/// <param name="Text">The text in both languages, with the seller's fields in braces.</param>
/// <param name="Answers">For actions and measures: the ids of the causes it addresses (empty for causes).</param>
/// <param name="Line">Where the item starts, for messages.</param>
/// <param name="AnswersLine">Where its <c>answers</c> are written (the item's line when absent).</param>
public sealed record PoaItem(string Id, LocalizedText Text, ImmutableArray<string> Answers, int Line, int AnswersLine);
