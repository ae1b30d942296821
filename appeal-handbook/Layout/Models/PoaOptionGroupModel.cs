namespace AppealHandbook.Layout.Models;

/// <summary>The complaint types of one violation type, as the builder's type list groups them.</summary>
public sealed record PoaOptionGroupModel(string Name, IReadOnlyList<PoaOptionModel> Options);
