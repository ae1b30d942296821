namespace AppealHandbook.Core;

/// <summary>Text as it goes into a diagnostic.</summary>
public static class MessageText
{
    /// <summary>Keeps hostile or huge values out of messages.</summary>
    public static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";
}
