using AppealHandbook.Core;

namespace AppealHandbook.PlanOfAction;

/// <summary>The facts the Plan of Action folder adds to a build.</summary>
public static class PoaFacts
{
    /// <summary>The building blocks and field definitions under <c>input/_data/poa/</c> (<see cref="ReadPoaBlocks"/>); empty when the input has none.</summary>
    public static readonly Fact<PoaLibrary> Library = new("PoaLibrary");
}
