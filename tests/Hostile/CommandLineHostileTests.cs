using AppealHandbook.Core;
using AppealHandbook.Output;
using AppealHandbook.Pipeline;
using AppealHandbook.Tests.TestKit;
using static AppealHandbook.Tests.Hostile.HostileKit;

namespace AppealHandbook.Tests.Hostile;

/// <summary>
/// Hostile command lines and environments: an output folder equal to, inside or above the input,
/// overlapping the theme, reached through a symbolic link, read-only, not a folder; a base path
/// that points at another host; and builds interrupted before or during the write. The previous
/// site must stay whole, and the input untouched.
/// </summary>
/// <remarks>
/// CI runs the tests as root, so a chmod'ed folder stays writable: that test pins a normal build
/// as root. A truly unwritable place for root is a folder under <c>/proc</c>, which is used instead.
/// </remarks>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
[Trait(Category.Name, Category.Hostile)]
public class CommandLineHostileTests
{
    private sealed class Prepared : IDisposable
    {
        public Prepared()
        {
            Site = TestSite.Create(SiteFixtures.Valid);
            Scenario.SeedPreviousOutput(Site);
            Input = Snapshot(Site.Input);
            Output = Snapshot(Site.Output);
        }

        public TestSite Site { get; }

        public SortedDictionary<string, byte[]?> Input { get; }

        public SortedDictionary<string, byte[]?> Output { get; }

        /// <summary>The input and the previous output are exactly as they were.</summary>
        public void AssertUntouched()
        {
            AssertSameTree(Input, Snapshot(Site.Input), "the input folder");
            AssertSameTree(Output, Snapshot(Site.Output), "the previous output");
            var leftovers = Directory.EnumerateFileSystemEntries(Site.Root, ".output.*").ToList();
            Assert.True(leftovers.Count == 0, "staging folders were left behind: " + string.Join(", ", leftovers));
        }

        public void Dispose() => Site.Dispose();
    }

    private static Diagnostic ExpectOption(BuildResult result, string code)
    {
        AssertNoInternalError(result);
        Assert.False(result.Succeeded, $"expected {code}:\n{Describe(result)}");
        var error = result.Diagnostics.FirstOrDefault(d => d.Code == code);
        Assert.True(error is not null, $"expected {code}:\n{Describe(result)}");
        AssertClear(error, error.Path);
        return error;
    }

    [Theory]
    [InlineData("the input folder", "{input}")]
    [InlineData("the input folder with a trailing slash", "{input}/")]
    [InlineData("the input folder through ..", "{input}/../input")]
    [InlineData("the input folder through .", "{input}/./")]
    [InlineData("the input folder with doubled slashes", "{root}//input")]
    [InlineData("a folder inside the input", "{input}/out")]
    [InlineData("a language folder", "{input}/en")]
    [InlineData("the data folder", "{input}/_data")]
    [InlineData("the parent of the input", "{root}")]
    [InlineData("the parent with a trailing slash", "{root}/")]
    [InlineData("the file-system root", "/")]
    public void An_output_folder_that_would_destroy_content_is_AH003_and_nothing_changes(string name, string output)
    {
        using var p = new Prepared();
        var path = output.Replace("{input}", p.Site.Input, StringComparison.Ordinal).Replace("{root}", p.Site.Root, StringComparison.Ordinal);

        var result = BuildSafely(p.Site, p.Site.Options() with { OutputDirectory = path });

        var error = ExpectOption(result, "AH003");
        Assert.True(error.Message.Contains("output", StringComparison.OrdinalIgnoreCase), name);
        Assert.Single(result.Diagnostics);
        p.AssertUntouched();
    }

    [Fact]
    public void An_output_folder_above_the_input_by_two_levels_is_AH003()
    {
        using var p = new Prepared();
        var nested = Path.Combine(p.Site.Root, "outer", "inner", "input");
        Scenario.CopyFolder(p.Site.Input, nested);
        var before = Snapshot(Path.Combine(p.Site.Root, "outer"));

        var result = BuildSafely(p.Site, p.Site.Options() with { InputDirectory = nested, OutputDirectory = Path.Combine(p.Site.Root, "outer") });

        ExpectOption(result, "AH003");
        AssertSameTree(before, Snapshot(Path.Combine(p.Site.Root, "outer")), "the folder above the input");
    }

    [Theory]
    [InlineData("the theme folder", "{theme}")]
    [InlineData("inside the theme", "{theme}/out")]
    [InlineData("the theme's parent", "{themes}")]
    public void An_output_folder_that_overlaps_the_theme_is_AH003(string name, string output)
    {
        using var p = new Prepared();
        var theme = Path.Combine(p.Site.Root, "themes", "default");
        Scenario.CopyFolder(Repository.Theme, theme);
        var before = Snapshot(theme);
        var path = output.Replace("{theme}", theme, StringComparison.Ordinal).Replace("{themes}", Path.Combine(p.Site.Root, "themes"), StringComparison.Ordinal);

        var result = BuildSafely(p.Site, p.Site.Options() with { ThemeDirectory = theme, OutputDirectory = path });

        ExpectOption(result, "AH003");
        AssertSameTree(before, Snapshot(theme), name);
        p.AssertUntouched();
    }

    [Theory]
    [InlineData("a link to the input folder", "input")]
    [InlineData("a link to the input's parent", ".")]
    [InlineData("a link to a language folder", "input/en")]
    public void An_output_folder_that_is_a_symbolic_link_into_the_input_is_replaced_by_the_site(string name, string target)
    {
        using var p = new Prepared();
        var link = Path.Combine(p.Site.Root, "linked-output");
        Directory.CreateSymbolicLink(link, Path.GetFullPath(Path.Combine(p.Site.Root, target)));

        var result = BuildSafely(p.Site, p.Site.Options() with { OutputDirectory = link });

        // The link itself is swapped for the new site (the write exchanges folders by name), so
        // nothing is written through it and the input stays as it was.
        AssertNoInternalError(result);
        Assert.True(result.Succeeded, name + ":\n" + Describe(result));
        Assert.True(File.Exists(Path.Combine(p.Site.Input, "en", "late-shipment-rate.md")), name + ": the articles were deleted");
        AssertSameTree(p.Input, Snapshot(p.Site.Input), name + ": the input folder");
        var output = new DirectoryInfo(link);
        Assert.True(output.Exists && output.LinkTarget is null, name + ": the output should now be a real folder, not the link");
        Assert.True(File.Exists(Path.Combine(link, "en", "late-shipment-rate", "index.html")), name);
        AssertSafeSite(link);
    }

    [Fact]
    public void A_read_only_output_folder_is_written_anyway_when_running_as_root()
    {
        AssertRunningAsRoot("root ignores the mode bits");
        using var p = new Prepared();
        var readOnly = UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        var writable = readOnly | UnixFileMode.UserWrite;
        File.SetUnixFileMode(p.Site.Output, readOnly);
        File.SetUnixFileMode(p.Site.Root, readOnly);
        BuildResult result;
        try
        {
            p.Site.Edit(EnArticle, "Lead.", "A changed lead.");
            result = BuildSafely(p.Site);
        }
        finally
        {
            File.SetUnixFileMode(p.Site.Root, writable);
            File.SetUnixFileMode(p.Site.Output, writable);
        }

        AssertNoInternalError(result);
        Assert.True(result.Succeeded, Describe(result));
        Assert.Empty(result.Diagnostics);
        AssertSafeSite(p.Site.Output);
        Assert.Contains("A changed lead.", p.Site.ReadOutput("en/late-shipment-rate/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_folder_on_a_read_only_file_system_is_AH005_with_the_fix()
    {
        // /proc refuses new folders even to root.
        using var site = TestSite.Create(SiteFixtures.Valid);
        var output = "/proc/handbook-hostile-" + Guid.NewGuid().ToString("N")[..8];

        var result = BuildSafely(site, site.Options() with { OutputDirectory = output });

        var error = ExpectOption(result, "AH005");
        Assert.Contains("writable", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void An_output_folder_whose_parent_is_a_file_is_AH005()
    {
        using var p = new Prepared();
        var file = Path.Combine(p.Site.Root, "not-a-folder");
        File.WriteAllText(file, "plain file");

        var result = BuildSafely(p.Site, p.Site.Options() with { OutputDirectory = Path.Combine(file, "output") });

        ExpectOption(result, "AH005");
        Assert.Equal("plain file", File.ReadAllText(file));
        p.AssertUntouched();
    }

    [Fact]
    public void An_output_path_that_is_an_existing_file_is_AH005_and_the_file_is_kept()
    {
        using var p = new Prepared();
        var file = Path.Combine(p.Site.Root, "output.txt");
        File.WriteAllText(file, "keep me");

        var result = BuildSafely(p.Site, p.Site.Options() with { OutputDirectory = file });

        ExpectOption(result, "AH005");
        Assert.Equal("keep me", File.ReadAllText(file));
        Assert.Empty(Directory.EnumerateFileSystemEntries(p.Site.Root, ".output.txt.*"));
    }

    [Fact]
    public void An_output_folder_with_a_245_character_name_is_AH005_today()
    {
        // 245 characters is a legal name (the limit is 255), but the staging folder beside it
        // ('.NAME.new-' and 12 more) is too long, so the site cannot be written today. A later
        // issue shortens the staging name; then this builds.
        using var site = TestSite.Create(SiteFixtures.Valid);
        var name = new string('o', 245);
        var output = Path.Combine(site.Root, name);

        var result = BuildSafely(site, site.Options() with { OutputDirectory = output });

        var error = ExpectOption(result, "AH005");
        Assert.Equal(name, error.Path);
        Assert.Contains("is too long", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void An_output_folder_whose_parents_do_not_exist_is_created()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);
        var output = Path.Combine(site.Root, "a", "b", "c", "site");

        var result = BuildSafely(site, site.Options() with { OutputDirectory = output });

        Assert.True(result.Succeeded, Describe(result));
        AssertSafeSite(output);
    }

    [Fact]
    public void A_missing_input_folder_is_AH003_with_the_fix()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);

        var result = BuildSafely(site, site.Options() with { InputDirectory = Path.Combine(site.Root, "no-such-input") });

        var error = ExpectOption(result, "AH003");
        Assert.Contains("--input", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("backslash host", "\\evil.example")]
    [InlineData("slash-backslash host", "/\\evil.example/")]
    [InlineData("a script URL", "javascript:alert(1)//")]
    [InlineData("markup", "\"><script>alert(1)</script>")]
    [InlineData("a space and a newline", "a b\nc")]
    public void A_hostile_base_path_on_the_command_line_is_AH003_naming_the_option(string name, string basePath)
    {
        using var p = new Prepared();

        var result = BuildSafely(p.Site, p.Site.Options(basePath: basePath));

        // The value came from the command line, so the error names the option, not input/site.yml
        // (the command line itself refuses it first, as a usage error: see MessageHostileTests).
        var error = ExpectOption(result, "AH003");
        Assert.True(error.Path == "--base-path" && error.Line == 0, name + ": " + error);
        Assert.Contains("may hold only letters, digits", error.Message, StringComparison.Ordinal);
        Assert.Single(result.Diagnostics);
        p.AssertUntouched();
    }

    [Fact]
    public void A_double_slash_base_path_on_the_command_line_is_read_as_one_path_segment()
    {
        // "//evil.example/" is not another host: it becomes the base path /evil.example/.
        using var p = new Prepared();

        var result = BuildSafely(p.Site, p.Site.Options(basePath: "//evil.example/"));

        Assert.True(result.Succeeded, Describe(result));
        AssertSafeSite(p.Site.Output);
        var html = p.Site.Html("en/late-shipment-rate/index.html");
        Assert.Equal("https://example.org/evil.example/en/late-shipment-rate/", html.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Contains("<loc>https://example.org/evil.example/</loc>", p.Site.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("backslash host", "\"\\\\evil.example\"")]
    [InlineData("slash-backslash host", "\"/\\\\evil.example/\"")]
    [InlineData("markup", "\"\\\"><script>alert(1)</script>\"")]
    public void A_hostile_base_path_in_site_yml_is_AH002_on_its_line(string name, string yamlValue)
    {
        using var s = Scenario.Run(site => site.Edit("input/site.yml", "basePath: /", "basePath: " + yamlValue));

        var error = s.ExpectError("AH002", "input/site.yml", line: LineOf(s.Site, "input/site.yml", "basePath:"));
        Assert.True(error.Message.Contains("The base path", StringComparison.Ordinal), name + ": " + error);
        Assert.Single(s.Result.Diagnostics);
    }

    private sealed class Throwing(string message) : IModule
    {
        public ModuleContract Contract { get; } = ModuleContract.SiteWide("throws", [], [], "a test module");

        public void Execute(BuildState state) => throw new InvalidOperationException(message);
    }

    private sealed class Recording : IModule
    {
        public ModuleContract Contract { get; } = ModuleContract.SiteWide("records that it ran", [], [], "a test module");

        public bool Ran { get; private set; }

        public void Execute(BuildState state) => Ran = true;
    }

    private sealed class AddOutputs(params string[] paths) : IModule
    {
        public ModuleContract Contract { get; } = ModuleContract.SiteWide("adds files", [], [], "a test module");

        public void Execute(BuildState state)
        {
            foreach (var path in paths)
            {
                state.AddOutput(OutputFile.Text(path, "injected"));
            }
        }
    }

    private sealed class ChangeEveryPage : IModule
    {
        public ModuleContract Contract { get; } = ModuleContract.SiteWide("changes every finished page", [], [], "a test module");

        public void Execute(BuildState state) =>
            state.Pages = [.. state.Pages.Select(page => page.Html is null ? page : page with { Html = page.Html + "<!-- second build -->" })];
    }

    [Fact]
    public void A_build_that_fails_in_the_write_phase_before_writing_leaves_the_previous_site_whole()
    {
        using var p = new Prepared();
        var defaults = new SitePipeline();
        var pipeline = new SitePipeline { PostProcess = [.. defaults.PostProcess, new ChangeEveryPage()], Write = [new Throwing("disk unplugged"), .. defaults.Write] };

        var result = BuildSafely(p.Site, pipeline: pipeline);

        Assert.False(result.Succeeded);
        Assert.Equal(0, result.Files);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.InternalError && d.Message.Contains("disk unplugged", StringComparison.Ordinal));
        p.AssertUntouched();
    }

    [Fact]
    public void A_reading_module_that_fails_beside_the_others_is_reported_and_nothing_is_written()
    {
        // The reading modules run side by side: a failure in one is still named, and the build stops.
        using var p = new Prepared();
        var defaults = new SitePipeline();
        var pipeline = new SitePipeline { Read = [.. defaults.Read, new Throwing("theme folder vanished")] };

        var result = BuildSafely(p.Site, pipeline: pipeline);

        Assert.False(result.Succeeded);
        Assert.Equal(0, result.Files);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.InternalError);
        Assert.Contains("Read/Throwing", error.Message, StringComparison.Ordinal);
        Assert.Contains("theme folder vanished", error.Message, StringComparison.Ordinal);
        p.AssertUntouched();
    }

    [Fact]
    public void After_a_module_fails_the_rest_of_its_phase_does_not_run()
    {
        using var p = new Prepared();
        var defaults = new SitePipeline();
        var after = new Recording();
        var pipeline = new SitePipeline { PostProcess = [.. defaults.PostProcess.Take(2), new Throwing("bug"), after, .. defaults.PostProcess.Skip(2)] };

        var result = BuildSafely(p.Site, pipeline: pipeline);

        Assert.False(result.Succeeded);
        Assert.False(after.Ran);
        p.AssertUntouched();
    }

    [Fact]
    public void A_build_that_fails_just_before_the_write_phase_leaves_the_previous_site_whole()
    {
        using var p = new Prepared();
        var defaults = new SitePipeline();
        var pipeline = new SitePipeline { PostProcess = [.. defaults.PostProcess, new ChangeEveryPage(), new Throwing("power cut")] };

        var result = BuildSafely(p.Site, pipeline: pipeline);

        Assert.False(result.Succeeded);
        p.AssertUntouched();
    }

    [Fact]
    public void A_write_that_fails_half_way_leaves_the_previous_site_whole_and_no_staging_folder()
    {
        // Many pages are written first; then "zz/a" as a file and "zz/a/b" (needing "zz/a" as a folder) collide.
        using var p = new Prepared();
        var defaults = new SitePipeline();
        var pipeline = new SitePipeline { PostProcess = [.. defaults.PostProcess, new ChangeEveryPage(), new AddOutputs("zz/a", "zz/a/b")] };

        var result = BuildSafely(p.Site, pipeline: pipeline);

        var error = ExpectOption(result, "AH005");
        Assert.Contains("unchanged", error.Message, StringComparison.Ordinal);
        p.AssertUntouched();
    }

    [Theory]
    [InlineData("../escaped.txt")]
    [InlineData("../../escaped.txt")]
    [InlineData("/tmp/escaped-by-a-module.txt")]
    [InlineData("a/../../escaped.txt")]
    public void An_output_file_outside_the_output_folder_is_refused_and_nothing_is_written(string path)
    {
        using var p = new Prepared();
        var defaults = new SitePipeline();
        var pipeline = new SitePipeline { PostProcess = [.. defaults.PostProcess, new ChangeEveryPage(), new AddOutputs(path)] };
        var before = TopLevel(p.Site.Root);

        var result = BuildSafely(p.Site, pipeline: pipeline);

        ExpectOption(result, "AH005");
        p.AssertUntouched();
        Assert.Equal(before, TopLevel(p.Site.Root));
        Assert.False(File.Exists("/tmp/escaped-by-a-module.txt") && path.StartsWith('/'), "a file was written outside the output folder");
    }

    [Fact]
    public void Concurrent_builds_into_one_output_folder_all_return_and_leave_a_whole_site()
    {
        using var p = new Prepared();

        var results = Within(() =>
        {
            var tasks = Enumerable.Range(0, 4).Select(_ => Task.Run(() => SiteBuilder.Build(p.Site.Options()))).ToArray();
            Task.WaitAll(tasks);
            return tasks[0].Result with { Diagnostics = [.. tasks.SelectMany(t => t.Result.Diagnostics)] };
        });

        AssertNoInternalError(results);
        Assert.All(results.Diagnostics, d => Assert.Equal("AH005", d.Code));
        AssertSameTree(p.Output, Snapshot(p.Site.Output), "the output after concurrent builds of the same input");
        p.AssertUntouched();
    }

    [Fact]
    public void The_command_line_refuses_an_output_equal_to_the_input()
    {
        using var p = new Prepared();

        var run = CliRunner.Execute(TimeSpan.FromSeconds(60), "build", "--input", p.Site.Input, "--output", p.Site.Input);

        HostileKit.AssertReturned(run);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("AH003", run.Output, StringComparison.Ordinal);
        p.AssertUntouched();
    }

    [Fact]
    public void The_command_line_refuses_an_output_above_the_input()
    {
        using var p = new Prepared();

        var run = CliRunner.Execute(TimeSpan.FromSeconds(60), "build", "--input", p.Site.Input, "--output", p.Site.Root);

        HostileKit.AssertReturned(run);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("AH003", run.Output, StringComparison.Ordinal);
        p.AssertUntouched();
    }

    [Fact]
    public void The_command_line_reports_a_missing_input_folder()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);

        var run = CliRunner.Execute(TimeSpan.FromSeconds(60), "build", "--input", Path.Combine(site.Root, "missing"), "--output", site.Output);

        HostileKit.AssertReturned(run);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--input", run.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }
}
