using AppealHandbook.Core;
using System.Collections.Immutable;

namespace AppealHandbook.PlanOfAction;

/// <summary>
/// Everything under <c>input/_data/poa/</c>: the field definitions and each complaint type's
/// building blocks.
/// </summary>
/// <param name="Present">Whether the input has the folder at all; without it the site has no builder and no file is required.</param>
/// <param name="FieldsPath">fields.yml, for messages.</param>
/// <param name="Fields">The field definitions, by id.</param>
/// <param name="Blocks">The building blocks, by key, sorted.</param>
public sealed record PoaLibrary(bool Present, string FieldsPath, ImmutableSortedDictionary<string, PoaField> Fields, ImmutableSortedDictionary<string, PoaBlocks> Blocks)
{
    /// <summary>The library of a site without building blocks.</summary>
    public static readonly PoaLibrary None = new(false, "", ImmutableSortedDictionary<string, PoaField>.Empty, ImmutableSortedDictionary<string, PoaBlocks>.Empty);

    /// <summary>Whether the site has a builder: at least one complaint type with building blocks.</summary>
    public bool HasBuilder => !Blocks.IsEmpty;
}
