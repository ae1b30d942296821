namespace AppealHandbook.Core;

/// <summary>
/// One step of the build. A module reads the facts its <see cref="Contract"/> names, replaces the
/// pages it transforms with new ones, adds the facts, files and diagnostics it produces, and never
/// throws for bad content.
/// </summary>
public interface IModule
{
    /// <summary>What the module reads and adds.</summary>
    ModuleContract Contract { get; }

    /// <summary>Runs the step.</summary>
    void Execute(BuildState state);
}
