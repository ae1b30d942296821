using System.Collections.Concurrent;

namespace AppealHandbook.Cache;

/// <summary>
/// The article sections of the previous build's print edition, read from the output folder that
/// the cache found exactly as that build left it. A reused page has no body to rewrite, so its
/// section in the new edition is its section in the previous one (nothing it shows changed).
/// </summary>
/// <remarks>
/// A section runs from its <c>&lt;article class="print-article" id="KEY"</c> to the first
/// <c>&lt;/article&gt;</c> line after it. Article bodies cannot hold that text: raw HTML in Markdown is
/// rejected, and text and attribute values escape <c>&lt;</c>.
/// </remarks>
internal sealed class PreviousPrintEdition(string outputFolder)
{
    private const string Open = "<article class=\"print-article\" id=\"";
    private const string Close = "</article>\n";

    private readonly ConcurrentDictionary<string, Lazy<Dictionary<string, string>>> _byLanguage = new(StringComparer.Ordinal);

    /// <summary>The section of the article <paramref name="key"/> in <paramref name="lang"/>'s edition, or null.</summary>
    public string? Section(string lang, string key) =>
        _byLanguage.GetOrAdd(lang, l => new Lazy<Dictionary<string, string>>(() => Read(l))).Value.GetValueOrDefault(key);

    private Dictionary<string, string> Read(string lang)
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        var path = Path.Combine(outputFolder, lang, "print", "index.html");
        if (!File.Exists(path))
        {
            return sections;
        }

        var text = File.ReadAllText(path);
        for (var start = text.IndexOf(Open, StringComparison.Ordinal); start >= 0; start = text.IndexOf(Open, start + 1, StringComparison.Ordinal))
        {
            var idEnd = text.IndexOf('"', start + Open.Length);
            var end = idEnd < 0 ? -1 : text.IndexOf(Close, idEnd, StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }

            sections[text[(start + Open.Length)..idEnd]] = text[start..(end + Close.Length)];
            start = end;
        }

        return sections;
    }
}
