namespace AppealHandbook.Layout.Models;

/// <summary>A <c>&lt;link rel="alternate" hreflang&gt;</c> entry.</summary>
public sealed record AlternateModel(string HrefLang, string Url);
