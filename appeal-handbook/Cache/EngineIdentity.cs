using System.Reflection;

namespace AppealHandbook.Cache;

/// <summary>
/// Which build of the engine made a cache: the module version ids of the engine and of the
/// libraries that shape its output (deterministic builds derive them from the compiled code, so
/// any change to either gives another identity), and their versions for messages.
/// </summary>
public static class EngineIdentity
{
    /// <summary>The identity of the running engine.</summary>
    public static string Current { get; } = string.Join(";", new[]
    {
        typeof(EngineIdentity).Assembly,
        typeof(Markdig.Markdown).Assembly,
        typeof(YamlDotNet.RepresentationModel.YamlNode).Assembly,
        typeof(Fluid.FluidParser).Assembly,
    }.Select(Describe));

    private static string Describe(Assembly assembly) =>
        $"{assembly.GetName().Name} {assembly.GetName().Version} {assembly.ManifestModule.ModuleVersionId:N}";
}
