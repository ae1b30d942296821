using System.Collections.Immutable;
using AppealHandbook.Data;

namespace AppealHandbook.Linking;

/// <summary>One violation type with its articles in one language, in navigation order.</summary>
public sealed record NavGroup(ViolationType Type, ImmutableArray<ArticleEntry> Articles);
