using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using AppealHandbook.Diagnostics;
using AppealHandbook.Pipeline;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Hostile;

/// <summary>
/// Shared assertions of the hostile-input suite: a build always returns (in time, without an
/// exception), a failure is a diagnostic that names the file, line and fix, a failed build leaves
/// the previous output byte-for-byte as it was, and a successful build is safe (no script from
/// the input, valid search JSON, well-formed XML).
/// </summary>
public static partial class HostileKit
{
    /// <summary>How long any single build may take before it counts as a hang.</summary>
    public static readonly TimeSpan BuildTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The article every hostile edit goes into, unless a test says otherwise.</summary>
    public const string EnArticle = "input/en/late-shipment-rate.md";

    /// <summary>The Chinese counterpart of <see cref="EnArticle"/>.</summary>
    public const string ZhArticle = "input/zh/late-shipment-rate.md";

    /// <summary>
    /// Runs <paramref name="build"/> on a worker thread and fails the test when it throws or does not
    /// return within <see cref="BuildTimeout"/> (a hang).
    /// </summary>
    public static BuildResult Within(Func<BuildResult> build, TimeSpan? timeout = null, Action? onTimeout = null)
    {
        var limit = timeout ?? BuildTimeout;
        var task = Task.Factory.StartNew(build, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        bool finished;
        try
        {
            finished = task.Wait(limit);
        }
        catch (AggregateException ex)
        {
            throw new Xunit.Sdk.XunitException("SiteBuilder.Build threw instead of reporting a diagnostic: " + ex.InnerExceptions[0]);
        }

        if (!finished)
        {
            onTimeout?.Invoke();
            throw new Xunit.Sdk.XunitException($"SiteBuilder.Build did not return within {limit.TotalSeconds:0} s (a hang).");
        }

        return task.Result;
    }

    /// <summary>Builds <paramref name="site"/> (a hang or an exception fails the test).</summary>
    public static BuildResult BuildSafely(TestSite site, BuildOptions? options = null, SitePipeline? pipeline = null) =>
        Within(() => SiteBuilder.Build(options ?? site.Options(), pipeline));

    /// <summary>Every file and folder under <paramref name="folder"/> with its bytes (folders map to null).</summary>
    public static SortedDictionary<string, byte[]?> Snapshot(string folder)
    {
        var result = new SortedDictionary<string, byte[]?>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return result;
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var relative = Path.GetRelativePath(folder, entry);
            result[relative] = Directory.Exists(entry) ? null : File.ReadAllBytes(entry);
        }

        return result;
    }

    /// <summary>Fails when <paramref name="after"/> differs from <paramref name="before"/> in any path or byte.</summary>
    public static void AssertSameTree(SortedDictionary<string, byte[]?> before, SortedDictionary<string, byte[]?> after, string what)
    {
        var missing = before.Keys.Except(after.Keys, StringComparer.Ordinal).ToList();
        var added = after.Keys.Except(before.Keys, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0 && added.Count == 0,
            $"{what}: the folder changed. Missing: [{string.Join(", ", missing.Take(10))}] Added: [{string.Join(", ", added.Take(10))}]");
        foreach (var (path, bytes) in before)
        {
            var now = after[path];
            Assert.True(bytes is null ? now is null : now is not null && bytes.AsSpan().SequenceEqual(now), $"{what}: {path} changed.");
        }
    }

    /// <summary>Words with which a message tells the contributor what to do.</summary>
    [GeneratedRegex(@"\b(use|save|add|replace|remove|choose|give|put|set|rename|split|check|link|quote|fix|write|describe|start|keep|follow|restore|delete|create|move|update|reorder|make|please|run|must|should|instead|e\.g\.|for example|at most|limit|retype|flatten|shorten)(\b|\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex FixWords();

    /// <summary>
    /// Fails unless <paramref name="diagnostic"/> is a clear error: a code, the expected file, a
    /// line when one is expected, and a message of reasonable length that says how to fix it.
    /// </summary>
    public static void AssertClear(Diagnostic diagnostic, string path, int? line = null)
    {
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(path, diagnostic.Path);
        if (line is { } expected)
        {
            Assert.True(expected == diagnostic.Line, $"{diagnostic.Code} should be on line {expected}: {diagnostic}");
        }

        Assert.True(diagnostic.Message.Length is > 15 and <= 1000, $"The message should be a sentence, not empty and not an echo of a huge value ({diagnostic.Message.Length} characters): {Shorten(diagnostic.Message)}");
        Assert.True(FixWords().IsMatch(diagnostic.Message), "The message should say how to fix it: " + diagnostic);
        Assert.DoesNotContain("   at ", diagnostic.Message, StringComparison.Ordinal); // no stack trace
    }

    /// <summary>The one diagnostic with <paramref name="code"/> on <paramref name="path"/>, checked with <see cref="AssertClear"/>.</summary>
    public static Diagnostic Expect(BuildResult result, string code, string path, int? line = null)
    {
        Assert.False(result.Succeeded, $"Expected {code} on {path}, but the build succeeded:\n{Describe(result)}");
        var found = result.Diagnostics.Where(d => d.Code == code && d.Path == path && d.Severity == Severity.Error).ToList();
        Assert.True(found.Count >= 1, $"Expected {code} on {path}, got:\n{Describe(result)}");
        var diagnostic = line is null ? found[0] : found.FirstOrDefault(d => d.Line == line) ?? found[0];
        AssertClear(diagnostic, path, line);
        return diagnostic;
    }

    /// <summary>Fails when the engine reported an internal error (a crash turned into a message).</summary>
    public static void AssertNoInternalError(BuildResult result)
    {
        var internalErrors = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.InternalError).ToList();
        Assert.True(internalErrors.Count == 0, "The engine crashed (AH999) instead of reporting the input's problem:\n" + string.Join("\n", internalErrors));
    }

    /// <summary>The diagnostics, one a line, shortened for test output.</summary>
    public static string Describe(BuildResult result) =>
        result.Diagnostics.Count == 0 ? "(no diagnostics)" : string.Join("\n", result.Diagnostics.Take(20).Select(d => Shorten(d.ToString(), 400)));

    /// <summary>Keeps huge values out of assertion messages.</summary>
    public static string Shorten(string value, int max = 200) => value.Length <= max ? value : value[..max] + $"…({value.Length} chars)";

    private static readonly string[] DangerousSchemes = ["javascript:", "vbscript:", "data:"];

    /// <summary>A URL scheme at the start of a URL (<c>https:</c>, <c>javascript:</c>).</summary>
    [GeneratedRegex("^[a-z][a-z0-9+.-]*:", RegexOptions.IgnoreCase)]
    private static partial Regex Scheme();

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcset", "cite", "lowsrc", "dynsrc", "ping"];

    private static readonly string[] ForbiddenElements = ["iframe", "object", "embed", "base", "frame", "frameset", "applet", "noscript"];

    /// <summary>Elements the theme uses in its frame but Markdown never produces in an article body (callouts draw an svg icon, task lists a disabled checkbox).</summary>
    private static readonly string[] ForbiddenInBody = ["math", "form", "template", "style", "link", "meta", "input", "button", "textarea", "select", "script"];

    /// <summary>The theme's own scripts, the only ones a page may load.</summary>
    public static readonly string[] ThemeScripts = ["site.js", "search.js", "poa-builder.js", "evidence-checklist.js"];

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

    /// <summary>The names directly in <paramref name="root"/>: a build may only touch <c>output/</c>.</summary>
    public static string[] TopLevel(string root) =>
        [.. Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    /// <summary>Writes raw bytes to a site file (creating its folder).</summary>
    public static void WriteBytes(TestSite site, string path, byte[] bytes)
    {
        var full = Path.Combine(site.Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    /// <summary>Writes text to a site file exactly (no line-ending changes).</summary>
    public static void WriteText(TestSite site, string path, string text) =>
        WriteBytes(site, path, new UTF8Encoding(false).GetBytes(text));

    /// <summary>The text of a site file.</summary>
    public static string ReadText(TestSite site, string path) => File.ReadAllText(Path.Combine(site.Root, path));

    /// <summary>The valid en article with its body (everything after the front matter) replaced by <paramref name="extra"/> appended after the required sections.</summary>
    public static void AppendToBody(TestSite site, string extra, string path = EnArticle) =>
        WriteText(site, path, ReadText(site, path) + "\n" + extra + "\n");

    /// <summary>A front matter field line replaced: <c>title: ...</c> becomes <paramref name="line"/>.</summary>
    public static void ReplaceField(TestSite site, string field, string line, string path = EnArticle)
    {
        var text = ReadText(site, path);
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.StartsWith(field + ":", StringComparison.Ordinal));
        Assert.True(index >= 0, $"{path} has no '{field}:' line");
        lines[index] = line;
        WriteText(site, path, string.Join('\n', lines));
    }

    /// <summary>The 1-based line of the first line of <paramref name="path"/> that starts with <paramref name="prefix"/>.</summary>
    public static int LineOf(TestSite site, string path, string prefix)
    {
        var lines = ReadText(site, path).Split('\n');
        var index = Array.FindIndex(lines, l => l.StartsWith(prefix, StringComparison.Ordinal));
        Assert.True(index >= 0, $"{path} has no line starting with '{prefix}'");
        return index + 1;
    }

    /// <summary>
    /// Fails unless the run ended normally: in time, with exit code 0 (built) or 1 (content errors),
    /// without a stack overflow, an unhandled exception, or an internal error.
    /// </summary>
    public static void AssertReturned(CliRunner.Run run)
    {
        Assert.False(run.TimedOut, "the build did not finish in time (a hang):\n" + Shorten(run.All, 2000));
        Assert.DoesNotContain("Stack overflow", run.All, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Unhandled exception", run.All, StringComparison.OrdinalIgnoreCase);
        Assert.True(run.ExitCode is 0 or 1, $"the build crashed (exit code {run.ExitCode}):\n" + Shorten(run.All, 2000));
        var internalError = run.Output.Split('\n').FirstOrDefault(l => l.Contains(DiagnosticCodes.InternalError, StringComparison.Ordinal));
        Assert.True(internalError is null, "The engine crashed (AH999) instead of reporting the input's problem:\n" + internalError);
    }
}

/// <summary>
/// One hostile scenario: the site starts as the valid fixture with the output of a good build of
/// it (the "previous good output"), the test breaks it, and it is built in a time limit. Whatever happened, the result is checked for
/// the invariants every bad input must keep.
/// </summary>
public sealed class Scenario : IDisposable
{
    private Scenario(TestSite site, SortedDictionary<string, byte[]?> before)
    {
        Site = site;
        Before = before;
    }

    /// <summary>The site under test.</summary>
    public TestSite Site { get; }

    /// <summary>The output of the previous, good build.</summary>
    public SortedDictionary<string, byte[]?> Before { get; }

    /// <summary>The result of the hostile build.</summary>
    public BuildResult Result { get; private set; } = null!;

    /// <summary>
    /// Seeds the valid site with a good build's output, applies <paramref name="breakIt"/>, builds, and checks the
    /// invariants: no exception, no hang, no AH999, the build touched nothing but <c>output/</c>,
    /// a failure left the output byte-for-byte unchanged, and a success is a safe site.
    /// </summary>
    public static Scenario Run(Action<TestSite> breakIt, BuildOptions? options = null, SitePipeline? pipeline = null)
    {
        var site = TestSite.Create(SiteFixtures.Valid);
        SeedPreviousOutput(site);
        var scenario = new Scenario(site, HostileKit.Snapshot(site.Output));
        breakIt(site);
        scenario.Rebuild(options, pipeline);
        return scenario;
    }

    /// <summary>
    /// The valid fixture built once per test run; each scenario starts from a copy of it as its
    /// "previous output" (builds are deterministic, so this is what a good build would have left).
    /// </summary>
    private static readonly Lazy<SortedDictionary<string, byte[]?>> GoodOutput = new(() =>
    {
        using var site = TestSite.Create(SiteFixtures.Valid);
        var good = HostileKit.BuildSafely(site);
        Assert.True(good.Succeeded, "the fixture should build:\n" + HostileKit.Describe(good));
        HostileKit.AssertSafeSite(site.Output);
        return HostileKit.Snapshot(site.Output);
    });

    /// <summary>Gives <paramref name="site"/> the output a good build of the valid fixture leaves.</summary>
    public static void SeedPreviousOutput(TestSite site)
    {
        Directory.CreateDirectory(site.Output);
        foreach (var (path, bytes) in GoodOutput.Value)
        {
            var full = Path.Combine(site.Output, path);
            if (bytes is null)
            {
                Directory.CreateDirectory(full);
            }
            else
            {
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllBytes(full, bytes);
            }
        }
    }

    /// <summary>Copies a folder tree.</summary>
    public static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Builds again and checks the invariants.</summary>
    public BuildResult Rebuild(BuildOptions? options = null, SitePipeline? pipeline = null)
    {
        var inputBefore = HostileKit.TopLevel(Site.Root);
        Result = HostileKit.BuildSafely(Site, options, pipeline);
        HostileKit.AssertNoInternalError(Result);
        Assert.Equal(inputBefore.Union(["output"]).Order(StringComparer.Ordinal), HostileKit.TopLevel(Site.Root).Union(["output"]).Order(StringComparer.Ordinal));
        foreach (var error in Result.Diagnostics.Where(d => d.Severity == Severity.Error))
        {
            Assert.False(string.IsNullOrWhiteSpace(error.Path), "every error names a file: " + error);
            Assert.False(string.IsNullOrWhiteSpace(error.Message), "every error says what is wrong: " + error);
        }

        if (Result.Succeeded)
        {
            // Pages identical to the previous (checked) output need no second look.
            var after = HostileKit.Snapshot(Site.Output);
            HostileKit.AssertSafeSite(Site.Output, page => !Before.TryGetValue(page, out var old) || old is null || !old.AsSpan().SequenceEqual(after[page]));
        }
        else
        {
            HostileKit.AssertSameTree(Before, HostileKit.Snapshot(Site.Output), "a failed build must leave the previous output as it was");
        }

        return Result;
    }

    /// <summary>The build must have failed with <paramref name="code"/> on <paramref name="path"/> (and <paramref name="line"/>), with a fix in the message.</summary>
    public Diagnostic ExpectError(string code, string path, int? line = null) => HostileKit.Expect(Result, code, path, line);

    /// <summary>The build must have succeeded (warnings allowed); the site was already checked for safety.</summary>
    public void ExpectSuccess() =>
        Assert.True(Result.Succeeded, "Expected a safe success, got:\n" + HostileKit.Describe(Result));

    /// <summary>The built page of an article, parsed.</summary>
    public AngleSharp.Html.Dom.IHtmlDocument Html(string path) => Site.Html(path);

    /// <inheritdoc />
    public void Dispose() => Site.Dispose();
}
