namespace AppealHandbook.Layout.Models;

/// <summary>A complaint type the Plan of Action builder offers: its key and its title in the page's language.</summary>
public sealed record PoaOptionModel(string Key, string Title);
