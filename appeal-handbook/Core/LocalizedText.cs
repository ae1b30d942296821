namespace AppealHandbook.Core;

/// <summary>A string in both languages.</summary>
public sealed record LocalizedText(string Zh, string En)
{
    /// <summary>The text in <paramref name="lang"/>.</summary>
    public string this[string lang] => lang == Language.Zh ? Zh : En;
}
