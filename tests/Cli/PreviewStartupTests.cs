using System.Net;
using System.Net.Sockets;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Cli;

/// <summary>
/// <c>preview</c> refuses a bad start-up the way <c>build</c> refuses bad options: one clear line
/// naming the option and the fix, exit code 2, and never a .NET stack trace.
/// </summary>
[Trait(Category.Name, Category.Cli)]
public class PreviewStartupTests
{
    private static void AssertOneClearLine(CliRunner.Run run, string option)
    {
        Assert.False(run.TimedOut, "preview kept running: " + run.All);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.All, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", run.All, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("70000")]
    [InlineData("-1")]
    [InlineData("65536")]
    public void A_port_out_of_range_is_a_usage_error(string port)
    {
        using var site = TestSite.Create(SiteFixtures.Valid);

        var run = CliRunner.Execute(TimeSpan.FromSeconds(60), "preview", "--input", site.Input, "--port", port);

        AssertOneClearLine(run, "--port");
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("input/site.yml")]
    public void An_input_folder_that_does_not_exist_is_a_usage_error(string input)
    {
        using var site = TestSite.Create(SiteFixtures.Valid);

        var run = CliRunner.Execute(TimeSpan.FromSeconds(60), "preview", "--input", Path.Combine(site.Root, input), "--port", "5999");

        AssertOneClearLine(run, "--input");
    }

    [Fact]
    public void A_port_already_in_use_is_a_usage_error()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;

        var run = CliRunner.Execute(TimeSpan.FromSeconds(90), "preview", "--input", site.Input, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        AssertOneClearLine(run, "--port");
        Assert.Contains("in use", run.Error, StringComparison.Ordinal);
    }
}
