using System.Diagnostics;
using System.Text;
using AppealHandbook.Pipeline;
using AppealHandbook.Tests.TestKit;
using static AppealHandbook.Tests.Hostile.HostileKit;

namespace AppealHandbook.Tests.Hostile;

/// <summary>
/// Hostile files: encodings (invalid UTF-8, UTF-16, byte-order marks), line endings, a 10 MB
/// article, binary data named <c>.md</c>, symbolic links and their loops, FIFOs and unreadable files.
/// </summary>
/// <remarks>
/// CI runs the tests as root, so <c>chmod 000</c> does not stop a read: the tests that use it pin
/// what happens as root (a normal build) and say so in their names.
/// </remarks>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
[Trait(Category.Name, Category.Hostile)]
public class FileHostileTests
{
    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    private static string ValidEnArticle(TestSite site) => ReadText(site, EnArticle);

    [Fact]
    public void Invalid_utf8_is_AH001_naming_the_file_with_the_fix()
    {
        using var s = Scenario.Run(site =>
        {
            var bytes = Utf8(ValidEnArticle(site)).ToList();
            bytes.InsertRange(10, new byte[] { 0xC3, 0x28, 0xFF, 0xFE, 0x80 });
            WriteBytes(site, EnArticle, [.. bytes]);
        });

        var error = s.ExpectError("AH001", EnArticle);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gbk_encoded_chinese_article_is_AH001_with_the_fix()
    {
        // "迟发率" in GBK: what an editor set to a Chinese locale might save.
        using var s = Scenario.Run(site =>
        {
            var text = ReadText(site, ZhArticle).Replace("迟发率", "@@", StringComparison.Ordinal);
            var bytes = Utf8(text).ToList();
            var at = bytes.IndexOf((byte)'@');
            bytes.RemoveRange(at, 2);
            bytes.InsertRange(at, new byte[] { 0xB3, 0xD9, 0xB7, 0xA2, 0xC2, 0xCA });
            WriteBytes(site, ZhArticle, [.. bytes]);
        });

        var error = s.ExpectError("AH001", ZhArticle);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UTF-16 LE with BOM", "utf-16le", true)]
    [InlineData("UTF-16 BE with BOM", "utf-16be", true)]
    [InlineData("UTF-16 LE without BOM", "utf-16le", false)]
    [InlineData("UTF-32 LE with BOM", "utf-32le", true)]
    public void A_utf16_or_utf32_article_is_AH001_with_the_fix(string name, string encodingName, bool bom)
    {
        using var s = Scenario.Run(site =>
        {
            Encoding encoding = encodingName switch
            {
                "utf-16le" => new UnicodeEncoding(bigEndian: false, byteOrderMark: bom),
                "utf-16be" => new UnicodeEncoding(bigEndian: true, byteOrderMark: bom),
                _ => new UTF32Encoding(bigEndian: false, byteOrderMark: bom),
            };
            WriteBytes(site, EnArticle, [.. encoding.GetPreamble(), .. encoding.GetBytes(ValidEnArticle(site))]);
        });

        var error = s.ExpectError("AH001", EnArticle);
        Assert.True(error.Message.Contains("UTF-8", StringComparison.Ordinal), $"{name}: {error}");
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_accepted_and_does_not_reach_the_page()
    {
        using var s = Scenario.Run(site => WriteBytes(site, EnArticle, [0xEF, 0xBB, 0xBF, .. Utf8(ValidEnArticle(site))]));

        s.ExpectSuccess();
        var page = File.ReadAllText(Path.Combine(s.Site.Output, "en", "late-shipment-rate", "index.html"));
        Assert.DoesNotContain('\uFEFF', page);
        Assert.Equal("Late shipment rate", s.Html("en/late-shipment-rate/index.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Two_byte_order_marks_are_FM001_on_line_one()
    {
        using var s = Scenario.Run(site => WriteBytes(site, EnArticle, [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. Utf8(ValidEnArticle(site))]));

        s.ExpectError("FM001", EnArticle, line: 1);
    }

    [Theory]
    [InlineData("CRLF", "\r\n")]
    [InlineData("CR", "\r")]
    public void Crlf_and_cr_line_endings_build_the_same_page(string name, string newline)
    {
        using var s = Scenario.Run(site => WriteText(site, EnArticle, ValidEnArticle(site).Replace("\n", newline, StringComparison.Ordinal)));

        s.ExpectSuccess();
        var html = s.Html("en/late-shipment-rate/index.html");
        Assert.True(html.QuerySelector("h1")!.TextContent == "Late shipment rate", name);
        Assert.Equal(["overview", "causes"], html.QuerySelectorAll(".prose h2").Select(h => h.Id!).ToList());
        var page = File.ReadAllText(Path.Combine(s.Site.Output, "en", "late-shipment-rate", "index.html"));
        Assert.DoesNotContain('\r', page);
    }

    [Theory]
    [InlineData("CRLF", "\r\n")]
    [InlineData("CR", "\r")]
    [InlineData("mixed", "mixed")]
    public void Line_numbers_stay_right_with_crlf_and_cr(string name, string newline)
    {
        using var s = Scenario.Run(site =>
        {
            var text = ValidEnArticle(site)
                .Replace("type: metrics", "type: no-such-type", StringComparison.Ordinal)
                .Replace("See [the other](xref:order-defect-rate#causes).", "See [x](javascript:alert(1)).", StringComparison.Ordinal);
            var lines = text.Split('\n');
            // "mixed": CRLF, LF and lone CR in turn; a lone CR is never put before an empty line (CR + LF would be one break).
            var joined = newline == "mixed"
                ? string.Concat(lines.Select((l, i) => l + (i == lines.Length - 1 ? "" : (i % 3) switch
                {
                    0 => "\r\n",
                    1 when lines[i + 1].Length > 0 => "\r",
                    _ => "\n",
                })))
                : string.Join(newline, lines);
            WriteText(site, EnArticle, joined);
        });

        Assert.False(s.Result.Succeeded, name);
        s.ExpectError("SEC002", EnArticle, line: 19);
        // The unknown type is only reported once the Markdown is safe; when it is, it must be on line 5.
        if (s.Result.Diagnostics.Any(d => d.Code == "FM007"))
        {
            s.ExpectError("FM007", EnArticle, line: 5);
        }
    }

    [Fact]
    public void A_ten_megabyte_article_is_AH001_with_the_fix_and_returns_quickly()
    {
        var clock = Stopwatch.StartNew();
        using var s = Scenario.Run(site =>
        {
            var body = new StringBuilder(ValidEnArticle(site));
            var paragraph = "Sellers must keep records of every shipment and its tracking number. 卖家必须保存每一票货的记录。\n\n";
            while (body.Length < 10 * 1024 * 1024)
            {
                body.Append(paragraph);
            }

            WriteText(site, EnArticle, body.ToString());
        });

        var error = s.ExpectError("AH001", EnArticle);
        Assert.Contains("split", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "rejecting a large file should be quick: " + clock.Elapsed);
    }

    [Fact]
    public void An_article_just_under_the_size_limit_builds_in_time()
    {
        using var s = Scenario.Run(site =>
        {
            var body = new StringBuilder(ValidEnArticle(site));
            var bytes = Encoding.UTF8.GetByteCount(body.ToString());
            for (var i = 0; bytes < ReadArticlesLimit() - (64 * 1024); i++)
            {
                var paragraph = $"Paragraph {i}: sellers keep records; 卖家保存记录。 **bold** and `code` and [a link](xref:order-defect-rate).\n\n";
                body.Append(paragraph);
                bytes += Encoding.UTF8.GetByteCount(paragraph);
            }

            WriteText(site, EnArticle, body.ToString());
        });

        s.ExpectSuccess();
    }

    private static long ReadArticlesLimit() => AppealHandbook.Content.ReadArticles.MaxArticleBytes;

    [Theory]
    [InlineData("PNG", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52 })]
    [InlineData("ELF", new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00 })]
    [InlineData("ZIP", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00 })]
    [InlineData("NUL after front matter", new byte[] { 0x2D, 0x2D, 0x2D, 0x0A, 0x00 })]
    public void A_binary_file_named_md_is_AH001_with_the_fix(string name, byte[] header)
    {
        using var s = Scenario.Run(site =>
        {
            var random = new Random(42);
            var bytes = new byte[4096];
            random.NextBytes(bytes);
            WriteBytes(site, EnArticle, [.. header, .. bytes]);
        });

        var error = s.ExpectError("AH001", EnArticle);
        Assert.True(error.Message.Contains("UTF-8", StringComparison.Ordinal) || error.Message.Contains("binary", StringComparison.Ordinal), $"{name}: {error}");
    }

    [Fact]
    public void Control_characters_in_the_body_build_and_reach_the_page_today()
    {
        // Bytes 0x01–0x1F are valid UTF-8: not binary by the NUL rule, so they reach the parser. The
        // same characters in a title are FM003; in the body they are copied into the page as they
        // are today, where HTML calls them parse errors. A later issue refuses or drops them.
        const string controls = "\u0001\u0002\u0007\u000B\u000C\u001B\u007F\u0085";
        using var s = Scenario.Run(site => WriteText(site, EnArticle, ValidEnArticle(site).Replace("Lead.", "Lead" + controls + ".", StringComparison.Ordinal)));

        s.ExpectSuccess();
        Assert.Empty(s.Result.Diagnostics);
        Assert.Contains("Lead" + controls + ".", s.Site.ReadOutput("en/late-shipment-rate/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_symbolic_link_to_itself_is_reported_and_does_not_hang()
    {
        using var s = Scenario.Run(site =>
        {
            var loop = Path.Combine(site.Input, "en", "loop.md");
            File.CreateSymbolicLink(loop, loop);
        });

        // CONTRIBUTING: AH001 covers "a symbolic link". Skipping it silently would hide the file.
        s.ExpectError("AH001", "input/en/loop.md");
    }

    [Fact]
    public void A_loop_of_two_symbolic_links_is_reported_and_does_not_hang()
    {
        using var s = Scenario.Run(site =>
        {
            var a = Path.Combine(site.Input, "zh", "loop-a.md");
            var b = Path.Combine(site.Input, "zh", "loop-b.md");
            File.CreateSymbolicLink(a, b);
            File.CreateSymbolicLink(b, a);
        });

        s.ExpectError("AH001", "input/zh/loop-a.md");
        s.ExpectError("AH001", "input/zh/loop-b.md");
    }

    [Fact]
    public void A_symbolic_link_article_to_a_file_outside_the_input_is_reported_and_not_read()
    {
        using var s = Scenario.Run(site =>
        {
            var secret = Path.Combine(site.Root, "secret.md");
            File.WriteAllText(secret, ValidEnArticle(site).Replace("Lead.", "TOP-SECRET-CONTENT", StringComparison.Ordinal).Replace("late-shipment-rate", "leak", StringComparison.Ordinal));
            File.CreateSymbolicLink(Path.Combine(site.Input, "en", "leak.md"), secret);
        });

        s.ExpectError("AH001", "input/en/leak.md");
    }

    [Fact]
    public void A_directory_symbolic_link_loop_among_static_files_is_not_followed()
    {
        using var s = Scenario.Run(site =>
        {
            var images = Path.Combine(site.Input, "images");
            Directory.CreateDirectory(images);
            File.WriteAllBytes(Path.Combine(images, "a.png"), [0x89, 0x50, 0x4E, 0x47]);
            Directory.CreateSymbolicLink(Path.Combine(images, "loop"), images);
            Directory.CreateSymbolicLink(Path.Combine(site.Input, "en", "folder-loop"), Path.Combine(site.Input, "en"));
        });

        // Links that stay inside the input are not followed, without a message (one that leaves it is AH001).
        s.ExpectSuccess();
        Assert.Empty(s.Result.Diagnostics);
        Assert.True(File.Exists(Path.Combine(s.Site.Output, "images", "a.png")));
        Assert.False(Directory.Exists(Path.Combine(s.Site.Output, "images", "loop")), "the link must not be followed");
        Assert.False(Directory.Exists(Path.Combine(s.Site.Output, "en", "folder-loop")), "the link must not be followed");
    }

    [Fact]
    public void A_static_file_linked_to_a_secret_outside_the_input_is_AH001_and_not_published()
    {
        using var s = Scenario.Run(site =>
        {
            var secret = Path.Combine(site.Root, "secret.txt");
            File.WriteAllText(secret, "TOP-SECRET-CONTENT");
            Directory.CreateDirectory(Path.Combine(site.Input, "images"));
            File.CreateSymbolicLink(Path.Combine(site.Input, "images", "secret.png"), secret);
            var outside = Path.Combine(site.Root, "outside");
            Directory.CreateDirectory(outside);
            File.WriteAllText(Path.Combine(outside, "passwd"), "TOP-SECRET-CONTENT");
            Directory.CreateSymbolicLink(Path.Combine(site.Input, "etc"), outside);
        });

        // A link that leads outside the input is an error naming it (SymbolicLinkHostileTests has the other folders).
        s.ExpectError("AH001", "input/images/secret.png");
        s.ExpectError("AH001", "input/etc");
        Assert.False(File.Exists(Path.Combine(s.Site.Output, "images", "secret.png")), "a linked secret was published");
        Assert.False(Directory.Exists(Path.Combine(s.Site.Output, "etc")), "a linked folder outside the input was published");
        foreach (var file in Directory.EnumerateFiles(s.Site.Output, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("TOP-SECRET-CONTENT", File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_fifo_named_md_does_not_hang_the_build()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);
        var fifo = Path.Combine(site.Input, "en", "pipe.md");
        Assert.Equal(0, Run("mkfifo", fifo));

        // Reading a FIFO blocks until a writer comes; if the build waits, the test unblocks it afterwards.
        var result = Within(() => SiteBuilder.Build(site.Options()), TimeSpan.FromSeconds(15), onTimeout: () => Unblock(fifo));

        // A FIFO reports a length of zero and is never opened: it reads as an empty article.
        AssertNoInternalError(result);
        Expect(result, "FM001", "input/en/pipe.md");
    }

    [Fact]
    public void A_character_device_named_md_is_FM001_without_hanging_or_exhausting_memory()
    {
        // /dev/zero as an article: endless zeros. Needs mknod (root, as CI runs); run in its own
        // process so that an out-of-memory crash or a hang can be observed and killed.
        using var site = TestSite.Create(SiteFixtures.Valid);
        var device = Path.Combine(site.Input, "en", "zero.md");
        AssertRunningAsRoot("mknod needs root");
        Assert.Equal(0, Run("mknod", device, "c", "1", "5"));

        var run = CliRunner.Execute(TimeSpan.FromSeconds(30), "check", "--input", site.Input, "--output", site.Output);

        HostileKit.AssertReturned(run);
        // A device reports a length of zero and is never read: it is an empty article.
        Assert.Contains("input/en/zero.md:1:1: error FM001", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_named_md_is_ignored_without_a_message()
    {
        using var s = Scenario.Run(site => Directory.CreateDirectory(Path.Combine(site.Input, "en", "folder.md")));

        s.ExpectSuccess();
        Assert.Empty(s.Result.Diagnostics);
        Assert.False(Directory.Exists(Path.Combine(s.Site.Output, "en", "folder")));
    }

    [Fact]
    public void An_unreadable_article_is_read_anyway_when_running_as_root()
    {
        // Mode 000 does not stop root: the build is a normal build of the article.
        AssertRunningAsRoot("mode 000 stops only other users");
        using var s = Scenario.Run(site => File.SetUnixFileMode(Path.Combine(site.Input, "en", "late-shipment-rate.md"), UnixFileMode.None));

        s.ExpectSuccess();
        Assert.Empty(s.Result.Diagnostics);
        Assert.Equal("Late shipment rate", s.Html("en/late-shipment-rate/index.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void An_unreadable_language_folder_is_read_anyway_when_running_as_root()
    {
        AssertRunningAsRoot("mode 000 stops only other users");
        using var s = Scenario.Run(site => File.SetUnixFileMode(Path.Combine(site.Input, "en"), UnixFileMode.None));
        try
        {
            s.ExpectSuccess();
            Assert.Empty(s.Result.Diagnostics);
            Assert.True(File.Exists(Path.Combine(s.Site.Output, "en", "late-shipment-rate", "index.html")));
        }
        finally
        {
            File.SetUnixFileMode(Path.Combine(s.Site.Input, "en"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void A_language_folder_that_is_a_file_is_AH001()
    {
        using var s = Scenario.Run(site =>
        {
            Directory.Delete(Path.Combine(site.Input, "en"), recursive: true);
            File.WriteAllText(Path.Combine(site.Input, "en"), "not a folder");
        });

        s.ExpectError("AH001", "input/en");
    }

    [Fact]
    public void A_data_file_in_utf16_is_AH002_with_the_fix()
    {
        using var s = Scenario.Run(site =>
        {
            var text = ReadText(site, "input/site.yml");
            WriteBytes(site, "input/site.yml", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);
        });

        var error = s.ExpectError("AH002", "input/site.yml");
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_site_yml_is_AH002_naming_each_missing_field()
    {
        using var s = Scenario.Run(site => WriteText(site, "input/site.yml", ""));

        Assert.False(s.Result.Succeeded);
        var errors = s.Result.Diagnostics.Where(d => d.Path == "input/site.yml").ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, d => AssertClear(d, "input/site.yml"));
    }

    [Fact]
    public void A_binary_data_file_is_AH002()
    {
        using var s = Scenario.Run(site => WriteBytes(site, "input/_data/structure.yml", [0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF, 0xFE, 0x00]));

        s.ExpectError("AH002", "input/_data/structure.yml");
    }

    [Fact]
    public void A_missing_data_file_is_AH002_with_the_fix()
    {
        using var s = Scenario.Run(site => File.Delete(Path.Combine(site.Input, "_data", "violation-types.yml")));

        s.ExpectError("AH002", "input/_data/violation-types.yml");
    }

    [Fact]
    public void A_file_name_with_a_backslash_is_named_exactly_in_the_message()
    {
        // On Linux '\' is an ordinary file-name character; the message must name the file that exists.
        using var s = Scenario.Run(site => WriteText(site, @"input/en/late\shipment.md", ValidEnArticle(site)));

        s.ExpectError("FM005", @"input/en/late\shipment.md", line: 3);
    }

    private static int Run(string command, params string[] args)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>Opens the FIFO for writing and closes it, so a reader blocked on it sees the end of the file.</summary>
    private static void Unblock(string fifo)
    {
        Task.Run(() =>
        {
            try
            {
                using var writer = new FileStream(fifo, FileMode.Open, FileAccess.Write);
            }
            catch (IOException)
            {
                // Nothing was waiting.
            }
        }).Wait(TimeSpan.FromSeconds(5));
    }
}
