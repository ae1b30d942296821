using AppealHandbook.Output;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Output;

/// <summary>
/// The write with reuse: a folder is known only while it holds exactly the files recorded, and a
/// write links what did not change, writes what did, and swaps the result in whole.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public class OutputReuseTests
{
    [Fact]
    public void A_folder_is_known_only_while_it_holds_exactly_the_recorded_files()
    {
        using var site = TestSite.Create("-- output/a.html --\na\n-- output/b/c.html --\nc\n");
        var recorded = Stamps(site.Output, "a.html", "b/c.html");

        Assert.Same(recorded, OutputReuse.Verified(site.Output, recorded));
        File.WriteAllText(Path.Combine(site.Output, "extra.html"), "x");
        Assert.Null(OutputReuse.Verified(site.Output, recorded));
        File.Delete(Path.Combine(site.Output, "extra.html"));
        File.AppendAllText(Path.Combine(site.Output, "a.html"), "more");
        Assert.Null(OutputReuse.Verified(site.Output, recorded));
        Assert.Null(OutputReuse.Verified(Path.Combine(site.Root, "missing"), recorded));
    }

    [Fact]
    public void A_write_links_unchanged_files_writes_changed_ones_and_keeps_the_old_site_as_the_spare()
    {
        using var site = TestSite.Create("-- output/a.html --\na\n-- output/b/c.html --\nc\n-- output/gone.html --\ng\n");
        var reuse = new OutputReuse(Stamps(site.Output, "a.html", "b/c.html", "gone.html"), (IReadOnlyDictionary<string, FileStamp>?)null);

        reuse.Write(site.Output, [("a.html", null), ("b/c.html", "new c\n"u8.ToArray()), ("d.html", "d\n"u8.ToArray())], parallelism: 2);

        Assert.Equal((0, 1, 2), reuse.Counts);
        Assert.Equal("a\n", File.ReadAllText(Path.Combine(site.Output, "a.html")));
        Assert.Equal("new c\n", File.ReadAllText(Path.Combine(site.Output, "b/c.html")));
        Assert.False(File.Exists(Path.Combine(site.Output, "gone.html")));
        var spare = OutputReuse.SparePath(site.Output);
        Assert.Equal("c\n", File.ReadAllText(Path.Combine(spare, "b/c.html")));
        Assert.Same(reuse.WrittenOutput, OutputReuse.Verified(site.Output, reuse.WrittenOutput));
        Assert.NotNull(OutputReuse.Verified(spare, reuse.WrittenSpare));

        // The next write starts from the spare: only what differs from it is touched.
        var next = new OutputReuse(reuse.WrittenOutput, reuse.WrittenSpare);
        next.Write(site.Output, [("a.html", null), ("b/c.html", null), ("d.html", "d2\n"u8.ToArray())], parallelism: 2);
        Assert.Equal((2, 1, 1), next.Counts); // gone.html and the old c deleted; c linked; d written
        Assert.Equal("d2\n", File.ReadAllText(Path.Combine(site.Output, "d.html")));
        Assert.Equal("d\n", File.ReadAllText(Path.Combine(spare, "d.html")));

        // The spare's d is its own (the output's says d2): it is written over, shorter, and nothing is deleted.
        var third = new OutputReuse(next.WrittenOutput, next.WrittenSpare);
        third.Write(site.Output, [("a.html", null), ("b/c.html", null), ("d.html", "3\n"u8.ToArray())], parallelism: 2);
        Assert.Equal((0, 0, 1), third.Counts); // a and c are in the spare as wanted
        Assert.Equal("3\n", File.ReadAllText(Path.Combine(site.Output, "d.html")));
        Assert.Equal("d2\n", File.ReadAllText(Path.Combine(spare, "d.html")));
        Assert.Same(third.WrittenOutput, OutputReuse.Verified(site.Output, third.WrittenOutput));
        Assert.NotNull(OutputReuse.Verified(spare, third.WrittenSpare));
    }

    [Fact]
    public void A_file_the_spare_shares_with_the_output_is_never_written_over()
    {
        using var site = TestSite.Create("-- output/a.html --\na\n");
        var original = File.ReadAllText(Path.Combine(site.Output, "a.html"));
        var first = new OutputReuse(Stamps(site.Output, "a.html"), (IReadOnlyDictionary<string, FileStamp>?)null);
        first.Write(site.Output, [("a.html", null)], parallelism: 1);
        var spare = OutputReuse.SparePath(site.Output);
        // Now the spare's a.html and the output's are one file under two names.
        var next = new OutputReuse(first.WrittenOutput, first.WrittenSpare);

        next.Write(site.Output, [("a.html", "changed\n"u8.ToArray())], parallelism: 1);

        Assert.Equal((1, 0, 1), next.Counts);
        Assert.Equal("changed\n", File.ReadAllText(Path.Combine(site.Output, "a.html")));
        Assert.Equal(original, File.ReadAllText(Path.Combine(spare, "a.html")));
    }

    private static Dictionary<string, FileStamp> Stamps(string folder, params string[] paths) =>
        paths.ToDictionary(p => p, p =>
        {
            var file = new FileInfo(Path.Combine(folder, p));
            return new FileStamp(FileStamp.HashOf(File.ReadAllBytes(file.FullName)), file.Length, file.LastWriteTimeUtc.Ticks);
        });
}
