using System.Collections.Immutable;

namespace AppealHandbook.PlanOfAction;

/// <summary>
/// Everything under <c>input/_data/poa/</c>: the field definitions and each complaint type's
/// building blocks. Present only when the input has that folder; a site without it has no builder.
/// </summary>
/// <param name="FieldsPath">fields.yml, for messages.</param>
/// <param name="Fields">The field definitions, by id.</param>
/// <param name="Blocks">The building blocks, by key, sorted.</param>
public sealed record PoaLibrary(string FieldsPath, ImmutableSortedDictionary<string, PoaField> Fields, ImmutableSortedDictionary<string, PoaBlocks> Blocks);
