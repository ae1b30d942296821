using AppealHandbook.Core;
using AppealHandbook.Pipeline;

namespace AppealHandbook.Tests.TestKit;

/// <summary>
/// A <see cref="TestSite"/> built two ways after each change: with the build cache into
/// <c>output/</c>, and clean, without it, into <c>clean/</c>; the two must agree byte for byte.
/// The site gets its own copy of the theme, so that a test may edit its layouts.
/// </summary>
public sealed class CachedBuilds : IDisposable
{
    public CachedBuilds(string files)
    {
        Site = TestSite.Create(files);
        CopyFolder(Repository.Theme, Theme);
    }

    public TestSite Site { get; }

    public string Theme => Path.Combine(Site.Root, "themes", "default");

    public string Cache => Path.Combine(Site.Root, ".build-cache");

    public string Clean => Path.Combine(Site.Root, "clean");

    /// <summary>Options of the build with the cache (<c>build</c>'s: built links are not read back).</summary>
    public BuildOptions Options(bool cache = true, string? output = null) => Site.Options() with
    {
        ThemeDirectory = Theme,
        OutputDirectory = output ?? Site.Output,
        CheckBuiltLinks = false,
        CacheDirectory = cache ? Cache : null,
    };

    /// <summary>
    /// A build with the cache. Input files written in the last minute are first moved an hour back
    /// (<see cref="AgeRecentInputs"/>), as old as most sources are, so that the cache keeps their
    /// stamps and the next build trusts them; <paramref name="ageInputs"/> false builds them as they are.
    /// </summary>
    public BuildResult Cached(bool ageInputs = true)
    {
        if (ageInputs)
        {
            AgeRecentInputs();
        }

        return SiteBuilder.Build(Options());
    }

    /// <summary>
    /// Moves the write time of every input file written in the last minute an hour back, each by
    /// the same amount: files the build saw stay as they were, and an edit since still gives its
    /// file a write time of its own.
    /// </summary>
    private void AgeRecentInputs()
    {
        var recent = DateTime.UtcNow.AddMinutes(-1);
        foreach (var file in Directory.EnumerateFiles(Site.Input, "*", SearchOption.AllDirectories))
        {
            var written = File.GetLastWriteTimeUtc(file);
            if (written > recent)
            {
                File.SetLastWriteTimeUtc(file, written.AddHours(-1));
            }
        }
    }

    public BuildResult CleanBuild() => SiteBuilder.Build(Options(cache: false, output: Clean));

    /// <summary>Builds both ways and fails unless they report the same and leave the same files; returns the cached build.</summary>
    public BuildResult BuildBothAndCompare(string step)
    {
        var before = Files(Site.Output);
        var cached = Cached();
        var clean = CleanBuild();
        // The cache itself is always usable here; a note that the output changed behind the build's back may come.
        Assert.DoesNotContain(cached.Notes, note => note.Contains("was not usable", StringComparison.Ordinal));
        Assert.Equal(Lines(clean.Diagnostics), Lines(cached.Diagnostics));
        Assert.Equal(clean.Succeeded, cached.Succeeded);
        Assert.Equal(clean.Pages, cached.Pages);
        if (cached.Succeeded)
        {
            AssertSameFiles(Clean, Site.Output, step);
        }
        else
        {
            // A failed build leaves the output as it was, whatever was done to it before.
            Assert.Equal(before, Files(Site.Output));
        }

        return cached;
    }

    /// <summary>
    /// After an edit of one article's prose, the build with the damaged cache gives exactly one note
    /// saying why (<paramref name="reason"/>), reuses nothing and leaves the clean build's files;
    /// the build after it uses the cache it saved.
    /// </summary>
    public void AssertUnusableThenRebuiltClean(string reason, string damage)
    {
        Site.Edit("input/en/valid-tracking-rate.md", "Text.", "Text, edited.");

        var result = Cached();

        Assert.Equal([$"note: the build cache at .build-cache was not usable ({reason}); building without it"], result.Notes);
        Assert.Equal(0, result.ReusedPages);
        CleanBuild();
        AssertSameFiles(Clean, Site.Output, damage);
        var next = Cached();
        Assert.Empty(next.Notes);
        Assert.Equal(12, next.ReusedPages);
    }

    /// <summary>Every file of <paramref name="expected"/> in <paramref name="actual"/> with the same bytes, and no other.</summary>
    public static void AssertSameFiles(string expected, string actual, string step)
    {
        var want = Files(expected);
        var got = Files(actual);
        Assert.True(want.Keys.SequenceEqual(got.Keys),
            $"{step}: files differ; only clean: {string.Join(", ", want.Keys.Except(got.Keys).Take(5))}; only cached: {string.Join(", ", got.Keys.Except(want.Keys).Take(5))}");
        foreach (var (path, bytes) in want)
        {
            Assert.True(bytes == got[path], $"{step}: {path} differs");
        }
    }

    public void Dispose() => Site.Dispose();

    private static string[] Lines(IReadOnlyList<Diagnostic> diagnostics) => [.. diagnostics.Select(d => d.ToString())];

    private static SortedDictionary<string, string> Files(string folder)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                files[Path.GetRelativePath(folder, file)] = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)));
            }
        }

        return files;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
