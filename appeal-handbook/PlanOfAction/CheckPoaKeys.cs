using AppealHandbook.Core;

namespace AppealHandbook.PlanOfAction;

/// <summary>
/// Checks the building blocks against the articles: each file is named after a violation article,
/// and each violation article has a file, so the builder offers every complaint type the handbook
/// explains.
/// </summary>
public sealed class CheckPoaKeys : IModule
{
    /// <inheritdoc />
    public ModuleContract Contract { get; } = ModuleContract.SiteWide("reads the articles' keys and types", [PoaFacts.Library], [],
        "an edit that keeps an article's key and type changes nothing here; a new or removed article or data file makes preview run a full build");

    private static readonly PerArticleFiles Rule = new(DiagnosticCodes.PoaUnknownKey, DiagnosticCodes.PoaMissingFile,
        key => $"'{key}' is a guide, not a complaint type; the builder has no use for its building blocks. Remove the file.",
        key => $"'{key}' has no Plan of Action building blocks. Add input/_data/poa/{key}.yml with its causes, corrective actions and preventive measures (see CONTRIBUTING.md).");

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        var poa = state.Get(PoaFacts.Library);
        if (poa.Present)
        {
            Rule.Check(state, poa.Blocks.Select(b => (b.Key, b.Value.Path)));
        }
    }
}
