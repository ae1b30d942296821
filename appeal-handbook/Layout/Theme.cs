using System.Buffers;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using AppealHandbook.Core;
using AppealHandbook.Layout.Models;
using Fluid;
using Fluid.Utils;
using Fluid.Values;

namespace AppealHandbook.Layout;

/// <summary>
/// The layouts (Liquid templates, rendered with Fluid) and assets of <c>themes/default/</c>.
/// A file of the same name under <c>input/layouts/</c> or <c>input/assets/</c> overrides the theme's.
/// </summary>
/// <remarks>
/// Templates are parsed once per build and rendered in parallel, each render with its own
/// context. Output is HTML-encoded by default, so no front matter value can inject markup;
/// a template opts out only with the <c>raw</c> filter, used for the already-safe article body.
/// </remarks>
public sealed class Theme
{
    /// <summary>Encodes HTML special characters only, so Chinese text stays readable in the source.</summary>
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly FluidParser Parser = new();
    private readonly FrozenDictionary<string, IFluidTemplate> _layouts;
    private readonly FrozenDictionary<string, string> _layoutFiles;
    private readonly TemplateOptions _options;

    private Theme(FrozenDictionary<string, IFluidTemplate> layouts, FrozenDictionary<string, string> layoutFiles, TemplateOptions options, FrozenDictionary<string, string> assets)
    {
        _layouts = layouts;
        _layoutFiles = layoutFiles;
        _options = options;
        Assets = assets;
    }

    /// <summary>Asset files (path under <c>assets/</c> → full path), theme and overrides merged.</summary>
    public FrozenDictionary<string, string> Assets { get; }

    /// <summary>Loads the theme; template errors are reported and the theme is null.</summary>
    /// <remarks>
    /// Fluid reads the models' properties by reflection, but for those <see cref="ModelAccessors"/>
    /// registers; each model is named here so the ahead-of-time compiler keeps them (bench/run.sh
    /// publishes the engine that way). Templates reach only these models, strings and lists.
    /// </remarks>
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(PageModel))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(SiteModel))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(LinkModel))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(NavGroupModel))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(TocItem))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(AlternateModel))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(GlossaryEntryModel))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(GlossaryGroupModel))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(StatusRowModel))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(DoThisNowModel))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(PoaOptionGroupModel))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(PoaOptionModel))]
    public static Theme? Load(string themeDirectory, string inputDirectory, DiagnosticBag diagnostics, Func<string, string> displayPath)
    {
        var folders = new[] { Path.Combine(inputDirectory, "layouts"), Path.Combine(themeDirectory, "layouts") }
            .Where(Directory.Exists).ToArray();
        if (!Directory.Exists(Path.Combine(themeDirectory, "layouts")))
        {
            diagnostics.Error(displayPath(themeDirectory), 0, 0, DiagnosticCodes.BadTemplate,
                $"The theme folder {displayPath(Path.GetFullPath(themeDirectory))} has no layouts/ folder. Restore themes/default/ from the repository.");
            return null;
        }

        // Every file is read from inside the folder that holds it: an override's link to a file
        // elsewhere would otherwise put that file's text into every page.
        string RootOf(string folder) => folder.StartsWith(Path.Combine(inputDirectory, ""), StringComparison.Ordinal) ? inputDirectory : themeDirectory;
        var files = new ThemeFiles(folders, folder => RootedFiles.List(folder, RootOf(folder), "*.liquid", recurse: true, diagnostics, displayPath));
        // Names in templates match the models' properties in any case (page.doThisNow → DoThisNow), Fluid's default.
        var options = new TemplateOptionsBuilder()
            .WithFileProvider(new FileProviderTemplateFileProvider(files))
            .WithMaxRecursion(20)
            .AddFilter("raw", LayoutContent.Raw)
            .ConfigureMemberAccess(ModelAccessors.Register)
            .Build();

        // Every template is parsed and its includes checked here, so a mistake is reported at its line.
        var folderNames = string.Join(" or ", folders.Select(f => displayPath(Path.GetFullPath(f)) + "/"));
        var parsed = LayoutCheck.Run(files, Parser, diagnostics, displayPath, folderNames);
        var layouts = files.Layouts
            .Where(l => parsed.ContainsKey(l.Name + ".liquid"))
            .ToDictionary(l => l.Name, l => parsed[l.Name + ".liquid"], StringComparer.Ordinal);
        var layoutFiles = files.Layouts.ToDictionary(l => l.Name, l => displayPath(l.FullPath), StringComparer.Ordinal);

        var assets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in new[] { Path.Combine(inputDirectory, "assets"), Path.Combine(themeDirectory, "assets") }.Where(Directory.Exists))
        {
            // Hidden files (.DS_Store, editor swap files) are never published, as under input/.
            foreach (var file in RootedFiles.List(folder, RootOf(folder), "*", recurse: true, diagnostics, displayPath, skip: path => Path.GetFileName(path).StartsWith('.')))
            {
                assets.TryAdd(Path.GetRelativePath(folder, file).Replace('\\', '/'), file);
            }
        }

        return new Theme(layouts.ToFrozenDictionary(StringComparer.Ordinal), layoutFiles.ToFrozenDictionary(StringComparer.Ordinal), options, assets.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The file a layout is read from, as shown in messages (an override's when there is one), or null.</summary>
    public string? FileOf(string name) => _layoutFiles.GetValueOrDefault(name);

    /// <summary>Whether a layout with this name exists.</summary>
    public bool HasLayout(string name) => _layouts.ContainsKey(name);

    /// <summary>
    /// Renders <paramref name="page"/> through <c>base</c>, which places the page's own layout
    /// where it writes <c>content</c> (<see cref="LayoutContent"/>).
    /// </summary>
    /// <returns>
    /// The finished page in UTF-8, in a buffer of the calling thread that the thread's next render
    /// overwrites: the caller writes or copies it before rendering another page. Copying every
    /// page out into an array of its own only for it to be written and dropped was about as many
    /// bytes of garbage as the site has, most of them large objects.
    /// </returns>
    /// <param name="page">The page.</param>
    /// <param name="site">Site-wide values relative to the page.</param>
    /// <param name="nav">The sidebar.</param>
    /// <param name="data">Site data: the interface strings of both languages (<c>t</c> is the page's,
    /// <c>tzh</c> and <c>ten</c> serve the bilingual pages) and the site's title and description in each.</param>
    public ReadOnlySpan<byte> Render(PageModel page, SiteModel site, IReadOnlyList<NavGroupModel> nav, Data.SiteData data)
    {
        var context = new TemplateContext(_options);
        context.SetValue("page", page);
        context.SetValue("site", site);
        context.SetValue("nav", nav);
        context.SetValue("t", data.Strings[page.Lang.Length > 0 ? page.Lang : Language.Zh].Values);
        context.SetValue("tzh", data.Strings[Language.Zh].Values);
        context.SetValue("ten", data.Strings[Language.En].Values);
        context.SetValue("title_zh", data.Config.Title.Zh);
        context.SetValue("title_en", data.Config.Title.En);
        context.SetValue("description_zh", data.Config.Description.Zh);
        context.SetValue("description_en", data.Config.Description.En);
        context.SetValue("content", new LayoutContent(_layouts[page.Layout], context));

        // The finished page goes straight into UTF-8, as it is written and served.
        var bytes = t_page ??= new ArrayBufferWriter<byte>(64 * 1024);
        bytes.ResetWrittenCount();
        using (var output = new Utf8FluidOutput(bytes))
        {
            Render(_layouts["base"], context, output);
        } // disposing encodes the output's last characters into the buffer

        return bytes.WrittenSpan;
    }

    /// <summary>
    /// One buffer per thread for the finished page's UTF-8, emptied and reused: a fresh buffer per
    /// render grew chunk by chunk and was thrown away, for every page of the site.
    /// </summary>
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_page;

    /// <summary>
    /// Renders <paramref name="template"/> into <paramref name="output"/>, in a child scope of
    /// <paramref name="context"/> (as Fluid's own string overload does), and waits for it.
    /// </summary>
    internal static void Render(IFluidTemplate template, TemplateContext context, IFluidOutput output)
    {
        var rendering = RenderAsync(template, context, output);
        if (!rendering.IsCompletedSuccessfully)
        {
            rendering.AsTask().GetAwaiter().GetResult(); // layouts read nothing from outside, so this does not happen in practice
        }
    }

    /// <summary><see cref="Render(IFluidTemplate, TemplateContext, IFluidOutput)"/> without waiting: the output stays open, so a layout can be rendered into the middle of <c>base</c>'s.</summary>
    internal static ValueTask RenderAsync(IFluidTemplate template, TemplateContext context, IFluidOutput output)
    {
        var scope = context.EnterScope(ScopeBehavior.Local);
        ValueTask rendering;
        try
        {
            rendering = template.RenderAsync(output, Encoder, context);
        }
        catch
        {
            scope.Dispose();
            throw;
        }

        if (rendering.IsCompletedSuccessfully)
        {
            scope.Dispose();
            return default;
        }

        return LeaveWhenDone(rendering, scope);
    }

    private static async ValueTask LeaveWhenDone(ValueTask rendering, TemplateContext.ScopeLease scope)
    {
        try
        {
            await rendering;
        }
        finally
        {
            scope.Dispose();
        }
    }
}
