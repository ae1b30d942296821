using AppealHandbook.Core;
using AppealHandbook.Pipeline;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Hostile;

/// <summary>
/// Shared assertions of the hostile-input suite: a build always returns (in time, without an
/// exception), a failure is a diagnostic that names the file, line and fix, a failed build leaves
/// the previous output byte-for-byte as it was, and a successful build is safe (no script from
/// the input, valid search JSON, well-formed XML).
/// </summary>
/// <remarks>
/// By concern: running builds in a time limit (this file), <c>HostileKit.Diagnostics.cs</c>,
/// <c>HostileKit.SiteSafety.cs</c>, <c>HostileKit.SiteFiles.cs</c>, <c>HostileKit.CommandLine.cs</c>;
/// <see cref="Scenario"/> builds a hostile site on top of a good build.
/// </remarks>
public static partial class HostileKit
{
    /// <summary>How long any single build may take before it counts as a hang.</summary>
    public static readonly TimeSpan BuildTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The article every hostile edit goes into, unless a test says otherwise.</summary>
    public const string EnArticle = "input/en/late-shipment-rate.md";

    /// <summary>The Chinese counterpart of <see cref="EnArticle"/>.</summary>
    public const string ZhArticle = "input/zh/late-shipment-rate.md";

    /// <summary>
    /// Runs <paramref name="build"/> on a worker thread and fails the test when it throws or does not
    /// return within <see cref="BuildTimeout"/> (a hang).
    /// </summary>
    public static BuildResult Within(Func<BuildResult> build, TimeSpan? timeout = null, Action? onTimeout = null)
    {
        var limit = timeout ?? BuildTimeout;
        var task = Task.Factory.StartNew(build, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        bool finished;
        try
        {
            finished = task.Wait(limit);
        }
        catch (AggregateException ex)
        {
            throw new Xunit.Sdk.XunitException("SiteBuilder.Build threw instead of reporting a diagnostic: " + ex.InnerExceptions[0]);
        }

        if (!finished)
        {
            onTimeout?.Invoke();
            throw new Xunit.Sdk.XunitException($"SiteBuilder.Build did not return within {limit.TotalSeconds:0} s (a hang).");
        }

        return task.Result;
    }

    /// <summary>
    /// Fails unless the tests run as root, as CI runs them: the caller pins what happens for root
    /// (mode bits that stop other users, mknod).
    /// </summary>
    public static void AssertRunningAsRoot(string why) =>
        Assert.True(Environment.IsPrivilegedProcess, $"This test pins what happens when running as root, as CI does ({why}); run it as root.");

    /// <summary>Builds <paramref name="site"/> (a hang or an exception fails the test).</summary>
    public static BuildResult BuildSafely(TestSite site, BuildOptions? options = null, SitePipeline? pipeline = null) =>
        Within(() => SiteBuilder.Build(options ?? site.Options(), pipeline));
}
