using AppealHandbook.Core;

namespace AppealHandbook.Layout;

/// <summary>Parses the theme's layouts once for the whole build.</summary>
public sealed class LoadTheme : IModule
{
    /// <inheritdoc />
    public ModuleContract Contract { get; } = ModuleContract.SiteWide("", [], [LayoutFacts.Theme],
        "a change to a layout makes preview run a full build");

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        // A theme with errors is reported and not added: the build stops after the read phase.
        if (Theme.Load(state.Options.ThemeDirectory, state.Options.InputDirectory, state.Diagnostics, state.DisplayPath) is { } theme)
        {
            state.Add(LayoutFacts.Theme, theme);
        }
    }
}
