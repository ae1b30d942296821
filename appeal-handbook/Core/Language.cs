namespace AppealHandbook.Core;

/// <summary>The handbook's two languages, in the order the site lists them.</summary>
public static class Language
{
    /// <summary>Simplified Chinese.</summary>
    public const string Zh = "zh";

    /// <summary>English.</summary>
    public const string En = "en";

    /// <summary>Both languages; Chinese first, as the handbook's first readers are Chinese sellers.</summary>
    public static readonly IReadOnlyList<string> All = [Zh, En];

    /// <summary>The value of <c>&lt;html lang&gt;</c> and <c>hreflang</c> for a language id.</summary>
    public static string HtmlLang(string lang) => lang == Zh ? "zh-Hans" : "en";

    /// <summary>The other language.</summary>
    public static string Other(string lang) => lang == Zh ? En : Zh;
}
