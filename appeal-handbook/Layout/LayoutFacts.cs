using AppealHandbook.Core;

namespace AppealHandbook.Layout;

/// <summary>The facts the layout folder adds to a build.</summary>
public static class LayoutFacts
{
    /// <summary>The parsed layouts and the assets (<see cref="LoadTheme"/>).</summary>
    public static readonly Fact<Theme> Theme = new(nameof(Theme));
}
