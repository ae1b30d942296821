namespace AppealHandbook.Layout.Models;

/// <summary>A link as templates see it: text, relative URL, and whether it is the current page.</summary>
public sealed record LinkModel(string Title, string Url, bool Current = false, string Summary = "", string Note = "");
