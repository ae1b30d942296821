using AppealHandbook.Core;
using System.Collections.Immutable;

namespace AppealHandbook.PlanOfAction;

/// <summary>The building blocks of one complaint type, from <c>input/_data/poa/{key}.yml</c>.</summary>
/// <param name="Key">The article key the file is named after.</param>
/// <param name="Path">The file, for messages.</param>
/// <param name="Causes">Root causes, in the file's order.</param>
/// <param name="Corrective">Corrective actions.</param>
/// <param name="Preventive">Preventive measures.</param>
public sealed record PoaBlocks(string Key, string Path, ImmutableArray<PoaItem> Causes, ImmutableArray<PoaItem> Corrective, ImmutableArray<PoaItem> Preventive)
{
    /// <summary>The three lists by their names in the file.</summary>
    public IEnumerable<(string Part, ImmutableArray<PoaItem> Items)> Parts =>
        [(PoaParts.Causes, Causes), (PoaParts.Corrective, Corrective), (PoaParts.Preventive, Preventive)];
}
