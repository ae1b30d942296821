namespace AppealHandbook.Pipeline;

/// <summary>
/// One step of the build. A module reads the <see cref="BuildState"/>, replaces the pages it
/// transforms with new ones, adds output files or diagnostics, and never throws for bad content.
/// </summary>
public interface IModule
{
    /// <summary>Runs the step.</summary>
    void Execute(BuildState state);
}
