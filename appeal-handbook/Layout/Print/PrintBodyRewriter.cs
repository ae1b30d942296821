using System.Buffers;
using System.Net;
using System.Text;
using AppealHandbook.Linking;

namespace AppealHandbook.Layout.Print;

/// <summary>
/// Turns one article's body into a section of the print edition: its ids are prefixed with the
/// article's key so that every article's <c>#causes</c> stays distinct, links to articles that
/// are in the edition become in-page links, headings move down two levels under the type and
/// article headings, and the glossary tooltips (already spelled out in the edition's glossary)
/// are dropped.
/// </summary>
/// <remarks>
/// <para>
/// The body is the engine's own rendering (<c>RenderMarkdown</c>), never author HTML (articles may
/// hold none), so it is well formed: every tag closed in order, every attribute quoted, every
/// <c>&lt;</c> and <c>&amp;</c> of the text escaped. One pass over its characters, a tag at a time,
/// is then enough: no document is built. The section is written as an HTML serializer writes a
/// parsed document (the form the edition has always had): character references decoded and text
/// escaped as <c>&amp;amp; &amp;lt; &amp;gt; &amp;nbsp;</c> only, attribute values as
/// <c>&amp;amp; &amp;quot; &amp;lt; &amp;gt; &amp;nbsp;</c>, void elements without <c>/&gt;</c>,
/// a repeated attribute dropped, and the newline right after <c>&lt;pre&gt;</c> dropped.
/// </para>
/// <para>
/// A second Markdig render of the tree through renderers of its own would still have to rewrite
/// Markdig's escaping (its escape methods cannot be overridden) and would hold a second body per
/// article from rendering until the edition is made; this pass needs neither.
/// </para>
/// </remarks>
/// <param name="articleAnchors">Site URL of each article in the edition (<c>zh/a/</c>) → its section id.</param>
/// <param name="glossaryUrl">Site URL of the glossary, whose <c>#term-ID</c> anchors the edition keeps as they are.</param>
public sealed class PrintBodyRewriter(IReadOnlyDictionary<string, string> articleAnchors, string glossaryUrl)
{
    private const string TipClass = "glossary-tip";

    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("<&>\u00a0\r");

    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    /// <summary>The id of a heading or other element of <paramref name="key"/>'s body inside the edition.</summary>
    public static string Anchor(string key, string id) => key + "--" + id;

    /// <summary>Rewrites <paramref name="bodyHtml"/> of the article at site URL <paramref name="url"/> with key <paramref name="key"/>.</summary>
    public string Rewrite(string bodyHtml, string url, string key)
    {
        var html = new StringBuilder(bodyHtml.Length + bodyHtml.Length / 8);
        Rewrite(bodyHtml, url, key, html);
        return html.ToString();
    }

    /// <summary>Appends the rewritten <paramref name="bodyHtml"/> to <paramref name="html"/>.</summary>
    public void Rewrite(string bodyHtml, string url, string key, StringBuilder html)
    {
        var reader = new Reader(bodyHtml);
        var attributes = new List<(string Name, string Value)>();
        var skipping = 0;          // > 0 inside a dropped tooltip: the depth of open elements in it
        var svg = 0;               // > 0 inside an <svg>: names keep their case, self-closed elements close
        var afterPre = false;      // a newline right after <pre> is not content
        while (!reader.AtEnd)
        {
            if (reader.AtTag(out var kind))
            {
                afterPre = false;
                switch (kind)
                {
                    case TagKind.Comment:
                        var comment = reader.ReadComment();
                        if (skipping == 0)
                        {
                            html.Append(comment);
                        }

                        continue;
                    case TagKind.End:
                        var endName = reader.ReadEndTag(keepCase: svg > 0);
                        if (skipping > 0)
                        {
                            skipping--;
                            continue;
                        }

                        if (endName == "svg")
                        {
                            svg = Math.Max(0, svg - 1);
                        }

                        html.Append("</").Append(Lowered(endName)).Append('>');
                        continue;
                }

                var name = reader.ReadStartTag(attributes, keepCase: svg > 0, out var selfClosed);
                var isVoid = VoidElements.Contains(name) && svg == 0;
                var closesAtOnce = isVoid || (selfClosed && (svg > 0 || name == "svg"));
                if (skipping > 0)
                {
                    skipping += closesAtOnce ? 0 : 1;
                    continue;
                }

                if (HasClass(attributes, TipClass))
                {
                    skipping = closesAtOnce ? 0 : 1;
                    continue;
                }

                WriteStartTag(html, name, attributes, url, key);
                if (closesAtOnce && !isVoid)
                {
                    html.Append("</").Append(name).Append('>');
                }
                else if (name == "svg")
                {
                    svg++;
                }

                afterPre = name == "pre";
                continue;
            }

            if (skipping > 0)
            {
                reader.SkipText();
                continue;
            }

            reader.CopyText(html, dropLeadingNewline: afterPre);
            afterPre = false;
        }
    }

    private void WriteStartTag(StringBuilder html, string name, List<(string Name, string Value)> attributes, string url, string key)
    {
        html.Append('<').Append(Lowered(name));
        for (var i = 0; i < attributes.Count; i++)
        {
            var (attribute, raw) = attributes[i];
            if (IsRepeated(attributes, i))
            {
                continue;
            }

            var value = attribute switch
            {
                "aria-describedby" => null, // the tip it names is dropped
                "id" => Anchor(key, Decoded(raw)),
                "href" when name == "a" => Link(Decoded(raw), url, key),
                _ => Decoded(raw),
            };
            if (value is not null)
            {
                html.Append(' ').Append(attribute).Append("=\"");
                AppendEscapedAttribute(html, value);
                html.Append('"');
            }
        }

        html.Append('>');
    }

    /// <summary>A parser keeps the first of two attributes of the same name.</summary>
    private static bool IsRepeated(List<(string Name, string Value)> attributes, int index)
    {
        for (var j = 0; j < index; j++)
        {
            if (attributes[j].Name == attributes[index].Name)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasClass(List<(string Name, string Value)> attributes, string className)
    {
        for (var i = 0; i < attributes.Count; i++)
        {
            if (attributes[i].Name == "class" && !IsRepeated(attributes, i))
            {
                foreach (var part in Decoded(attributes[i].Value).Split([' ', '\t', '\n', '\f', '\r'], StringSplitOptions.RemoveEmptyEntries))
                {
                    if (part == className)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Headings move down two levels, under the edition's type and article headings.</summary>
    private static string Lowered(string name) =>
        name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6' ? "h" + Math.Min(6, name[1] - '0' + 2) : name;

    private static void AppendEscapedAttribute(StringBuilder html, string value)
    {
        foreach (var c in value)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '\u00a0' => html.Append("&nbsp;"),
                '"' => html.Append("&quot;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                _ => html.Append(c),
            };
        }
    }

    /// <summary>An attribute value with its character references decoded.</summary>
    private static string Decoded(string raw) =>
        raw.Contains('&', StringComparison.Ordinal) || raw.Contains('\r', StringComparison.Ordinal) ? Reader.DecodeAll(raw) : raw;

    private string Link(string href, string url, string key)
    {
        if (href.StartsWith('#'))
        {
            return href.Length == 1 ? "#" + key : "#" + Anchor(key, href[1..]);
        }

        // Absolute URLs, mailto: and the like stay as they are; relative ones were written for a
        // page at the same depth as the edition (/{lang}/KEY/ and /{lang}/print/), so those that
        // lead out of the edition still work unchanged.
        if (href.Contains(':', StringComparison.Ordinal) || href.StartsWith('/'))
        {
            return href;
        }

        var (path, fragment) = SitePaths.SplitFragment(href);
        var target = SitePaths.Combine(url, SitePaths.WithoutQuery(path));
        if (target is null)
        {
            return href;
        }

        if (target == glossaryUrl && fragment is not null && fragment.StartsWith("term-", StringComparison.Ordinal))
        {
            return "#" + fragment;
        }

        if (!articleAnchors.TryGetValue(target, out var anchor))
        {
            return href;
        }

        return fragment is null or "" ? "#" + anchor : "#" + Anchor(anchor, Uri.UnescapeDataString(fragment));
    }

    private enum TagKind
    {
        Start,
        End,
        Comment,
    }

    /// <summary>Reads a rendered body a tag or a run of text at a time.</summary>
    private sealed class Reader(string html)
    {
        private int _at;

        public bool AtEnd => _at >= html.Length;

        /// <summary>True when a tag or comment starts here; a <c>&lt;</c> that starts neither is text.</summary>
        public bool AtTag(out TagKind kind)
        {
            kind = TagKind.Start;
            if (html[_at] != '<' || _at + 1 >= html.Length)
            {
                return false;
            }

            var next = html[_at + 1];
            if (char.IsAsciiLetter(next))
            {
                return true;
            }

            if (next == '/' && _at + 2 < html.Length && char.IsAsciiLetter(html[_at + 2]))
            {
                kind = TagKind.End;
                return true;
            }

            if (string.CompareOrdinal(html, _at, "<!--", 0, 4) == 0)
            {
                kind = TagKind.Comment;
                return true;
            }

            return false;
        }

        public string ReadComment()
        {
            var end = html.IndexOf("-->", _at + 4, StringComparison.Ordinal);
            var stop = end < 0 ? html.Length : end + 3;
            var comment = "<!--" + html[(_at + 4)..(end < 0 ? html.Length : end)] + "-->";
            _at = stop;
            return comment;
        }

        public string ReadEndTag(bool keepCase)
        {
            _at += 2;
            var name = ReadName(keepCase);
            var close = html.IndexOf('>', _at);
            _at = close < 0 ? html.Length : close + 1;
            return name;
        }

        public string ReadStartTag(List<(string Name, string Value)> attributes, bool keepCase, out bool selfClosed)
        {
            attributes.Clear();
            selfClosed = false;
            _at++;
            var name = ReadName(keepCase);
            keepCase |= name == "svg";
            while (_at < html.Length)
            {
                var c = html[_at];
                if (IsSpace(c))
                {
                    _at++;
                    continue;
                }

                if (c == '>')
                {
                    _at++;
                    break;
                }

                if (c == '/')
                {
                    _at++;
                    selfClosed = _at < html.Length && html[_at] == '>';
                    continue;
                }

                selfClosed = false;
                var start = _at;
                while (_at < html.Length && !IsSpace(html[_at]) && html[_at] is not ('/' or '>' or '=') || _at == start)
                {
                    _at++;
                }

                var attribute = html[start.._at];
                if (!keepCase)
                {
                    attribute = attribute.ToLowerInvariant();
                }

                SkipSpace();
                var value = "";
                if (_at < html.Length && html[_at] == '=')
                {
                    _at++;
                    SkipSpace();
                    value = ReadValue();
                }

                attributes.Add((attribute, value));
            }

            return name;
        }

        public void SkipText()
        {
            var next = html.IndexOf('<', _at + 1);
            _at = next < 0 ? html.Length : next;
        }

        /// <summary>Copies text up to the next tag, its references decoded and escaped again as a serializer escapes text.</summary>
        public void CopyText(StringBuilder output, bool dropLeadingNewline)
        {
            if (dropLeadingNewline && html[_at] == '\n')
            {
                _at++; // what follows may be a tag: the caller looks again
                return;
            }

            var first = true;
            while (_at < html.Length)
            {
                // Most of a body is plain text: it is copied in runs up to the next character that needs a look.
                var run = html.AsSpan(_at).IndexOfAny(TextSpecials);
                if (run != 0)
                {
                    var length = run < 0 ? html.Length - _at : run;
                    output.Append(html, _at, length);
                    _at += length;
                    first = false;
                    continue;
                }

                var c = html[_at];
                if (c == '<' && !first && AtTag(out _))
                {
                    return;
                }

                first = false;
                _at++;
                switch (c)
                {
                    case '&':
                        foreach (var d in Reference(html, ref _at))
                        {
                            AppendText(output, d);
                        }

                        break;
                    case '\r':
                        // A parser reads CR LF and a lone CR as one LF.
                        if (_at < html.Length && html[_at] == '\n')
                        {
                            _at++;
                        }

                        output.Append('\n');
                        break;
                    default:
                        AppendText(output, c);
                        break;
                }
            }
        }

        /// <summary>Every character reference of an attribute value decoded, and CR LF read as LF.</summary>
        public static string DecodeAll(string raw)
        {
            var decoded = new StringBuilder(raw.Length);
            for (var i = 0; i < raw.Length;)
            {
                var c = raw[i++];
                if (c == '&')
                {
                    decoded.Append(Reference(raw, ref i));
                }
                else if (c == '\r')
                {
                    if (i < raw.Length && raw[i] == '\n')
                    {
                        i++;
                    }

                    decoded.Append('\n');
                }
                else
                {
                    decoded.Append(c);
                }
            }

            return decoded.ToString();
        }

        private static void AppendText(StringBuilder output, char c) =>
            _ = c switch
            {
                '&' => output.Append("&amp;"),
                '\u00a0' => output.Append("&nbsp;"),
                '<' => output.Append("&lt;"),
                '>' => output.Append("&gt;"),
                _ => output.Append(c),
            };

        /// <summary>
        /// The text of the character reference whose <c>&amp;</c> was just read (<paramref name="at"/>
        /// is past it), moving past the reference; a lone <c>&amp;</c> when none follows.
        /// </summary>
        private static string Reference(string text, ref int at)
        {
            var end = at;
            var limit = Math.Min(text.Length, at + 40);
            while (end < limit && (char.IsAsciiLetterOrDigit(text[end]) || (end == at && text[end] == '#')))
            {
                end++;
            }

            if (end == at || end >= text.Length || text[end] != ';')
            {
                return "&";
            }

            var reference = text[(at - 1)..(end + 1)];
            var decoded = WebUtility.HtmlDecode(reference);
            if (decoded == reference)
            {
                return "&";
            }

            at = end + 1;
            return decoded;
        }

        private string ReadName(bool keepCase)
        {
            var start = _at;
            while (_at < html.Length && !IsSpace(html[_at]) && html[_at] is not ('/' or '>'))
            {
                _at++;
            }

            var name = html[start.._at];
            return keepCase ? name : name.ToLowerInvariant();
        }

        private string ReadValue()
        {
            if (_at >= html.Length)
            {
                return "";
            }

            var quote = html[_at];
            if (quote is '"' or '\'')
            {
                var close = html.IndexOf(quote, _at + 1);
                var stop = close < 0 ? html.Length : close;
                var value = html[(_at + 1)..stop];
                _at = Math.Min(html.Length, stop + 1);
                return value;
            }

            var start = _at;
            while (_at < html.Length && !IsSpace(html[_at]) && html[_at] != '>')
            {
                _at++;
            }

            return html[start.._at];
        }

        private void SkipSpace()
        {
            while (_at < html.Length && IsSpace(html[_at]))
            {
                _at++;
            }
        }

        private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';
    }
}
