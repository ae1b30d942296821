using AppealHandbook.Pipeline;

namespace AppealHandbook.Layout;

/// <summary>Parses the theme's layouts once for the whole build.</summary>
public sealed class LoadTheme : IModule
{
    /// <inheritdoc />
    public void Execute(BuildState state) =>
        state.Theme = Theme.Load(state.Options.ThemeDirectory, state.Options.InputDirectory, state.Diagnostics, state.DisplayPath);
}
