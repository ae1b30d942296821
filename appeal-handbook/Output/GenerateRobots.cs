using AppealHandbook.Pipeline;

namespace AppealHandbook.Output;

/// <summary>Writes <c>robots.txt</c>, pointing crawlers at the sitemap.</summary>
public sealed class GenerateRobots : IModule
{
    /// <inheritdoc />
    public void Execute(BuildState state) =>
        state.AddOutput(OutputFile.Text("robots.txt",
            $"User-agent: *\nAllow: /\nDisallow: {state.BasePath}zh/search/\nDisallow: {state.BasePath}en/search/\n\nSitemap: {state.Data!.Config.AbsoluteUrl("sitemap.xml")}\n"));
}
