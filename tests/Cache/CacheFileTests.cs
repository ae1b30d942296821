using System.IO.Hashing;
using System.Text;
using AppealHandbook.Cache;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Cache;

/// <summary>
/// A build cache that is corrupt, truncated, not a cache, or made by another engine is set aside
/// with one line saying why, the build is a clean one, and it leaves a sound cache for the next.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public class CacheFileTests
{
    [Theory]
    [InlineData("corrupt", "it is truncated or corrupt")]
    [InlineData("truncated", "it is truncated or corrupt")]
    [InlineData("foreign", "it is not a build cache")]
    [InlineData("empty", "it is not a build cache")]
    [InlineData("another-engine", "it was made by another version of the engine")]
    public void An_unusable_cache_is_one_note_and_a_clean_build(string damage, string reason)
    {
        using var builds = new CachedBuilds(BuildCacheTests.Files);
        builds.BuildBothAndCompare("first build");
        var file = Path.Combine(builds.Cache, CacheFile.Name);
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, damage switch
        {
            "corrupt" => [.. bytes.Take(bytes.Length / 2), (byte)(bytes[bytes.Length / 2] ^ 0x55), .. bytes.Skip((bytes.Length / 2) + 1)],
            "truncated" => bytes[..(bytes.Length / 2)],
            "foreign" => Encoding.UTF8.GetBytes("a file someone put here\n"),
            "empty" => [],
            _ => AnotherEngine(),
        });

        builds.AssertUnusableThenRebuiltClean(reason, damage);
    }

    [Fact]
    public void A_cache_folder_inside_the_output_is_not_used()
    {
        using var builds = new CachedBuilds(BuildCacheTests.Files);
        var result = AppealHandbook.Pipeline.SiteBuilder.Build(builds.Options() with { CacheDirectory = Path.Combine(builds.Site.Output, "cache") });

        Assert.True(result.Succeeded);
        Assert.Equal(["note: the build cache at output/cache was not usable (it overlaps the output folder); building without it"], result.Notes);
        Assert.False(Directory.Exists(Path.Combine(builds.Site.Output, "cache")));
    }

    [Fact]
    public void A_cache_in_use_by_another_build_is_not_used()
    {
        using var builds = new CachedBuilds(BuildCacheTests.Files);
        Directory.CreateDirectory(builds.Cache);
        using var held = new FileStream(Path.Combine(builds.Cache, "lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        var result = builds.Cached();

        Assert.True(result.Succeeded);
        Assert.Equal(["note: the build cache at .build-cache was not usable (another build is using it); building without it"], result.Notes);
    }

    [Theory]
    [InlineData("folder")]
    [InlineData("file")]
    public void A_cache_that_is_a_link_is_not_followed(string what)
    {
        using var builds = new CachedBuilds(BuildCacheTests.Files);
        var elsewhere = Directory.CreateTempSubdirectory("handbook-elsewhere-").FullName;
        try
        {
            if (what == "folder")
            {
                Directory.CreateSymbolicLink(builds.Cache, elsewhere);
            }
            else
            {
                Directory.CreateDirectory(builds.Cache);
                File.CreateSymbolicLink(Path.Combine(builds.Cache, CacheFile.Name), Path.Combine(elsewhere, "build.cache"));
            }

            var result = builds.Cached();

            Assert.True(result.Succeeded);
            Assert.Equal(["note: the build cache at .build-cache was not usable (it is a symbolic link, or holds one); building without it"], result.Notes);
            Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere));
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    /// <summary>A well-formed cache file whose engine is not this one.</summary>
    private static byte[] AnotherEngine()
    {
        var stream = new MemoryStream();
        stream.Write("appeal-handbook build cache\n"u8);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(CacheFile.Version);
            writer.Write("AppealHandbook.Engine 0.0.0.0 00000000000000000000000000000000");
        }

        stream.Write(XxHash128.Hash(stream.ToArray()));
        return stream.ToArray();
    }
}
