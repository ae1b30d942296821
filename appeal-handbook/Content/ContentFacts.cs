using System.Collections.Immutable;
using AppealHandbook.Core;

namespace AppealHandbook.Content;

/// <summary>The facts the content folder adds to a build.</summary>
public static class ContentFacts
{
    /// <summary>Article files as read, in path order (<see cref="ReadArticles"/>).</summary>
    public static readonly Fact<ImmutableArray<SourceFile>> Sources = new(nameof(Sources));

    /// <summary>Files under <c>input/</c> copied as they are: site path → full path (<see cref="ReadArticles"/>).</summary>
    public static readonly Fact<ImmutableSortedDictionary<string, string>> StaticFiles = new(nameof(StaticFiles));
}
