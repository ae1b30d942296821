namespace AppealHandbook.Core;

/// <summary>A public source an article cites: <c>{title, url}</c> in front matter.</summary>
public sealed record SourceLink(string Title, string Url);
