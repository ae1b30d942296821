using System.Collections.Immutable;
using AppealHandbook.Core;

namespace AppealHandbook.Data;

/// <summary>One violation type from <c>input/_data/violation-types.yml</c>.</summary>
/// <param name="Id">Type id, used in front matter and URLs.</param>
/// <param name="Name">Display name in each language.</param>
/// <param name="Description">One-line description in each language.</param>
/// <param name="Order">Preferred order of article keys within the type; unlisted articles follow by title.</param>
public sealed record ViolationType(string Id, LocalizedText Name, LocalizedText Description, ImmutableArray<string> Order);
