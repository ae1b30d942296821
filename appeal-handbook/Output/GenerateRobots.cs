using AppealHandbook.Core;
using AppealHandbook.Data;

namespace AppealHandbook.Output;

/// <summary>Writes <c>robots.txt</c>, pointing crawlers at the sitemap.</summary>
/// <remarks>
/// Crawlers read <c>robots.txt</c> only at a host's root: under a sub-path (a GitHub project
/// site) the file is published but ignored, so nothing may depend on it. The search pages are
/// kept out of indexes by their own <c>noindex</c>, which works everywhere, and they are not
/// disallowed here: a crawler that may not fetch a page never sees its <c>noindex</c>.
/// </remarks>
public sealed class GenerateRobots : IModule
{
    /// <inheritdoc />
    public ModuleContract Contract { get; } = ModuleContract.SiteWide("", [DataFacts.SiteData], [],
        "robots.txt depends on site.yml alone");

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        var config = state.Get(DataFacts.SiteData).Config;
        var note = config.BasePath == "/"
            ? ""
            : $"# Published under {config.BasePath}: crawlers read robots.txt only at the host's root, so this\n# copy is ignored; the sitemap still lists every page.\n";
        state.AddOutput(OutputFile.Text("robots.txt",
            $"{note}User-agent: *\nAllow: /\n\nSitemap: {config.AbsoluteUrl("sitemap.xml")}\n"));
    }
}
