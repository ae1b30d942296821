using AppealHandbook.Core;
using AppealHandbook.Content;

namespace AppealHandbook.PlanOfAction;

/// <summary>
/// A fact the seller fills in, defined once in <c>input/_data/poa/fields.yml</c> and written as
/// <c>{id}</c> in the building blocks.
/// </summary>
/// <param name="Id">The name used in braces (<c>asins</c>).</param>
/// <param name="Format">One of <see cref="Formats"/>: what the builder page accepts.</param>
/// <param name="List">Whether it takes several values (separated by commas or new lines).</param>
/// <param name="Label">The label in both languages.</param>
/// <param name="Line">Where it is defined, for messages.</param>
public sealed record PoaField(string Id, string Format, bool List, LocalizedText Label, int Line)
{
    /// <summary>The formats the builder page can check, as fields.yml documents them.</summary>
    public static readonly IReadOnlyList<string> Formats = ["asin", "order-id", "date", "number", "text"];
}
