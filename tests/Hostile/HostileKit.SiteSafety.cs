using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace AppealHandbook.Tests.Hostile;

/// <summary>Assertions on a built site: no script from the input, valid search JSON, well-formed XML.</summary>
public static partial class HostileKit
{
    private static readonly string[] DangerousSchemes = ["javascript:", "vbscript:", "data:"];

    /// <summary>A URL scheme at the start of a URL (<c>https:</c>, <c>javascript:</c>).</summary>
    [GeneratedRegex("^[a-z][a-z0-9+.-]*:", RegexOptions.IgnoreCase)]
    private static partial Regex Scheme();

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcset", "cite", "lowsrc", "dynsrc", "ping"];

    /// <summary>The theme's own scripts (<c>assets/*.js</c>: search, the builder, the decoder, the reading aids): the only scripts a page may load.</summary>
    private static readonly string[] ThemeScripts = [.. Directory.EnumerateFiles(Path.Combine(TestKit.Repository.Theme, "assets"), "*.js").Select(Path.GetFileName).OfType<string>()];

    private static readonly string[] ForbiddenElements = ["iframe", "object", "embed", "base", "frame", "frameset", "applet", "noscript"];

    /// <summary>Elements the theme uses in its frame but Markdown never produces in an article body (callouts draw an svg icon, task lists a disabled checkbox).</summary>
    private static readonly string[] ForbiddenInBody = ["math", "form", "template", "style", "link", "meta", "input", "button", "textarea", "select", "script"];

    private static bool IsJson(string text)
    {
        try
        {
            using var _ = System.Text.Json.JsonDocument.Parse(text);
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    /// <summary>
    /// Fails when any HTML page of the site could run script: a <c>&lt;script&gt;</c> other than the
    /// theme's scripts (<see cref="ThemeScripts"/>), an <c>on*</c> attribute, a
    /// <c>javascript:</c>-like URL, an embedding element or a refresh.
    /// </summary>
    public static void AssertNoScriptFromInput(string output, Func<string, bool>? only = null)
    {
        // Messages are built only on failure: OuterHtml of every element would make this quadratic.
        var parser = new HtmlParser();
        var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(pages);
        pages = [.. pages.Where(p => only is null || only(Path.GetRelativePath(output, p)))];
        foreach (var file in pages)
        {
            var name = Path.GetRelativePath(output, file);
            using var document = parser.ParseDocument(File.ReadAllText(file));
            foreach (var element in document.QuerySelectorAll(".prose *"))
            {
                var tag = element.LocalName.ToLowerInvariant();
                var taskListBox = tag == "input" && element.GetAttribute("type") == "checkbox" && element.HasAttribute("disabled"); // "- [ ]"
                if (ForbiddenInBody.Contains(tag) && !taskListBox)
                {
                    Fail($"{name}: <{tag}> in the article body: {Shorten(element.OuterHtml)}");
                }
            }

            foreach (var element in document.All)
            {
                var tag = element.LocalName.ToLowerInvariant();
                if (tag == "script")
                {
                    // Browsers read '\\' as '/' in http(s) URLs: "/\\evil.example/x.js" is another host's script.
                    var src = NormalizeUrl((element.GetAttribute("src") ?? "").Replace('\\', '/'));
                    var theme = ThemeScripts.Any(t => src.EndsWith("assets/" + t, StringComparison.Ordinal));
                    if (element.GetAttribute("type") == "application/json" && src.Length == 0 && IsJson(element.TextContent))
                    {
                        continue; // data for a theme script (the builder's settings), which browsers never run
                    }

                    if (!theme || Scheme().IsMatch(src) || src.StartsWith("//", StringComparison.Ordinal) || element.TextContent.Trim().Length > 0)
                    {
                        Fail($"{name}: a script that is not the theme's: {Shorten(element.OuterHtml)}");
                    }
                }

                if (tag == "link" && (element.GetAttribute("rel") ?? "").Contains("stylesheet", StringComparison.OrdinalIgnoreCase))
                {
                    var href = NormalizeUrl((element.GetAttribute("href") ?? "").Replace('\\', '/'));
                    if (href.StartsWith("//", StringComparison.Ordinal) || Scheme().IsMatch(href))
                    {
                        Fail($"{name}: a stylesheet from another host: {Shorten(element.OuterHtml)}");
                    }
                }

                if (ForbiddenElements.Contains(tag))
                {
                    Fail($"{name}: <{tag}> from the input: {Shorten(element.OuterHtml)}");
                }

                if (tag == "meta" && string.Equals(element.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase))
                {
                    Fail($"{name}: a meta refresh: {element.OuterHtml}");
                }

                foreach (var attribute in element.Attributes)
                {
                    var attr = attribute.Name.ToLowerInvariant();
                    if (attr.StartsWith("on", StringComparison.Ordinal))
                    {
                        Fail($"{name}: an event handler attribute: {Shorten(element.OuterHtml)}");
                    }

                    if (attr is "style" && attribute.Value.Contains("expression", StringComparison.OrdinalIgnoreCase))
                    {
                        Fail($"{name}: a CSS expression: {Shorten(element.OuterHtml)}");
                    }

                    if (UrlAttributes.Contains(attr) || attr.EndsWith(":href", StringComparison.Ordinal))
                    {
                        var normalized = NormalizeUrl(attribute.Value);
                        if (DangerousSchemes.Any(scheme => normalized.StartsWith(scheme, StringComparison.Ordinal)))
                        {
                            Fail($"{name}: a script URL in {attr}: {Shorten(element.OuterHtml)}");
                        }
                    }
                }
            }
        }
    }

    private static void Fail(string message) => throw new Xunit.Sdk.XunitException(message);

    /// <summary>A URL as a browser reads its scheme: control characters and spaces dropped, lowercase.</summary>
    public static string NormalizeUrl(string url)
    {
        var builder = new StringBuilder();
        foreach (var c in url)
        {
            if (c <= ' ' || char.IsControl(c))
            {
                continue;
            }

            builder.Append(char.ToLowerInvariant(c));
            if (builder.Length > 40)
            {
                break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Fails unless every file of the search index is valid JSON.</summary>
    public static void AssertSearchIndexIsJson(string output)
    {
        var search = Path.Combine(output, "search");
        Assert.True(Directory.Exists(search), "the search index is missing");
        var files = Directory.EnumerateFiles(search, "*.json", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            try
            {
                using var json = JsonDocument.Parse(File.ReadAllBytes(file));
            }
            catch (JsonException ex)
            {
                throw new Xunit.Sdk.XunitException($"{Path.GetRelativePath(output, file)} is not valid JSON: {ex.Message}");
            }
        }
    }

    /// <summary>Fails unless the sitemap and the feeds are well-formed XML.</summary>
    public static void AssertXmlIsWellFormed(string output)
    {
        foreach (var file in Directory.EnumerateFiles(output, "*.xml", SearchOption.AllDirectories))
        {
            try
            {
                XDocument.Load(file);
            }
            catch (System.Xml.XmlException ex)
            {
                throw new Xunit.Sdk.XunitException($"{Path.GetRelativePath(output, file)} is not well-formed XML: {ex.Message}");
            }
        }
    }

    /// <summary>Every check of a safe, successful build.</summary>
    public static void AssertSafeSite(string output, Func<string, bool>? onlyPages = null)
    {
        AssertNoScriptFromInput(output, onlyPages);
        AssertSearchIndexIsJson(output);
        AssertXmlIsWellFormed(output);
    }
}
