using AppealHandbook.Core;
using AppealHandbook.Data;

namespace AppealHandbook.Output;

/// <summary>Writes <c>robots.txt</c>, pointing crawlers at the sitemap.</summary>
public sealed class GenerateRobots : IModule
{
    /// <inheritdoc />
    public ModuleContract Contract { get; } = ModuleContract.SiteWide("", [DataFacts.SiteData], [],
        "robots.txt depends on site.yml alone");

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        var config = state.Get(DataFacts.SiteData).Config;
        state.AddOutput(OutputFile.Text("robots.txt",
            $"User-agent: *\nAllow: /\nDisallow: {config.BasePath}zh/search/\nDisallow: {config.BasePath}en/search/\n\nSitemap: {config.AbsoluteUrl("sitemap.xml")}\n"));
    }
}
