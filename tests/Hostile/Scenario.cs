using AppealHandbook.Core;
using AppealHandbook.Pipeline;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Hostile;

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
