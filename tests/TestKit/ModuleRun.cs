using AppealHandbook.Core;
using AppealHandbook.Markdown;
using AppealHandbook.Output;
using AppealHandbook.Pipeline;

namespace AppealHandbook.Tests.TestKit;

/// <summary>Runs a <see cref="TestSite"/> through the build's own module order, stopping after a given module.</summary>
public static class ModuleRun
{
    /// <summary>
    /// Builds <paramref name="site"/> with the modules of <see cref="SitePipeline"/> up to and
    /// including <typeparamref name="TModule"/>, in their order (within <see cref="ArticleTrees"/> when it
    /// is one of that stage's modules and runs nowhere else), and returns what they made. Nothing
    /// is written unless <typeparamref name="TModule"/> is <see cref="WriteSite"/>; as in a full
    /// build, an error stops the build at the end of its phase.
    /// </summary>
    public static BuildResult RunThrough<TModule>(this TestSite site, string? basePath = null)
        where TModule : IModule =>
        site.RunThrough<TModule>(site.Options(basePath));

    /// <summary>As <see cref="RunThrough{TModule}(TestSite, string?)"/>, with <paramref name="options"/>.</summary>
    public static BuildResult RunThrough<TModule>(this TestSite site, BuildOptions options)
        where TModule : IModule
    {
        var full = new SitePipeline();
        // A module of the stage that also runs on its own later (ApplyLayouts) runs through that later place.
        var onItsOwn = full.Phases.Any(p => p.Modules.Any(m => m is TModule));
        var reached = false;
        IReadOnlyList<IModule> Until(IReadOnlyList<IModule> modules)
        {
            if (reached)
            {
                return [];
            }

            var kept = new List<IModule>();
            foreach (var module in modules)
            {
                // A module of the article stage: the stage up to it, so the trees stay on the pages after it.
                if (module is ArticleTrees trees && !onItsOwn && trees.Modules.Any(m => m is TModule))
                {
                    kept.Add(trees.Through<TModule>());
                    reached = true;
                    break;
                }

                kept.Add(module);
                if (module is TModule)
                {
                    reached = true;
                    break;
                }
            }

            return kept;
        }

        var pipeline = new SitePipeline
        {
            Read = Until(full.Read),
            Process = Until(full.Process),
            PostProcess = Until(full.PostProcess),
            Write = Until(full.Write),
        };
        Assert.True(reached, typeof(TModule).Name + " is not a module of the site pipeline");
        return SiteBuilder.Build(options, pipeline, write: typeof(TModule) == typeof(WriteSite));
    }
}
