using System.Collections.Concurrent;
using System.Text;

namespace AppealHandbook.Cache;

/// <summary>
/// The article sections of the previous build's print edition, read from the output folder that
/// the cache found exactly as that build left it. A reused page has no body to rewrite, so its
/// section in the new edition is its section in the previous one (nothing it shows changed).
/// </summary>
/// <remarks>
/// <para>
/// A section runs from its <c>&lt;article class="print-article" id="KEY"</c> to the first
/// <c>&lt;/article&gt;</c> line after it. Article bodies cannot hold that text: raw HTML in Markdown is
/// rejected, and text and attribute values escape <c>&lt;</c>.
/// </para>
/// <para>
/// The edition is tens of megabytes a language: it is searched and cut as the UTF-8 bytes on disk,
/// which the new edition is made of too, never decoded into text and encoded again.
/// </para>
/// </remarks>
internal sealed class PreviousPrintEdition(string outputFolder)
{
    private static readonly byte[] Open = "<article class=\"print-article\" id=\""u8.ToArray();
    private static readonly byte[] Close = "</article>\n"u8.ToArray();

    private readonly ConcurrentDictionary<string, Lazy<Edition>> _byLanguage = new(StringComparer.Ordinal);

    /// <summary>
    /// The section of the article <paramref name="key"/> in <paramref name="lang"/>'s edition, as
    /// UTF-8, or null: a slice of the edition's bytes, which the new edition's parts point into.
    /// </summary>
    public ReadOnlyMemory<byte>? Section(string lang, string key)
    {
        var edition = _byLanguage.GetOrAdd(lang, l => new Lazy<Edition>(() => Read(l))).Value;
        // Not "? slice : null": null would become an empty slice through the array conversion.
        if (!edition.Sections.TryGetValue(key, out var range))
        {
            return null;
        }

        return edition.Bytes.AsMemory(range.Start, range.Length);
    }

    private sealed record Edition(byte[] Bytes, Dictionary<string, (int Start, int Length)> Sections);

    private Edition Read(string lang)
    {
        var sections = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var path = Path.Combine(outputFolder, lang, "print", "index.html");
        if (!File.Exists(path))
        {
            return new Edition([], sections);
        }

        var bytes = File.ReadAllBytes(path);
        var text = bytes.AsSpan();
        for (var start = text.IndexOf(Open); start >= 0;)
        {
            var idStart = start + Open.Length;
            var idLength = text[idStart..].IndexOf((byte)'"');
            var closeAt = idLength < 0 ? -1 : text[(idStart + idLength)..].IndexOf(Close);
            if (closeAt < 0)
            {
                break;
            }

            var end = idStart + idLength + closeAt + Close.Length;
            sections[Encoding.UTF8.GetString(text.Slice(idStart, idLength))] = (start, end - start);
            var next = text[end..].IndexOf(Open);
            start = next < 0 ? -1 : end + next;
        }

        return new Edition(bytes, sections);
    }
}
