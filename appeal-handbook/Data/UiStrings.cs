using System.Collections.Immutable;


namespace AppealHandbook.Data;

/// <summary>
/// The theme's interface strings in one language, from <c>themes/default/i18n/{lang}.yml</c>
/// (overridable by <c>input/i18n/{lang}.yml</c>). Templates read them as <c>t.key</c>.
/// </summary>
public sealed record UiStrings(string Lang, ImmutableDictionary<string, string> Values)
{
    /// <summary>The string for <paramref name="key"/>, or the key itself so a missing string is visible.</summary>
    public string this[string key] => Values.TryGetValue(key, out var v) ? v : key;
}
