namespace AppealHandbook.Core;

/// <summary>A module that can run on one page alone: preview's one-page rebuild calls it on the edited page.</summary>
public interface IOnePageModule : IModule
{
    /// <summary>Runs the module on <paramref name="page"/> only and returns the page as it leaves the module.</summary>
    Page RunOnOne(Page page, BuildState state);
}
