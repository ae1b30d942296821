namespace AppealHandbook.Layout.Models;

/// <summary>One key on the translation status page.</summary>
public sealed record StatusRowModel(string Key, LinkModel? Zh, string ZhUpdated, LinkModel? En, string EnUpdated, string State);
