using System.CommandLine;
using AppealHandbook.Cli;
using AppealHandbook.Cli.Preview;

// The command line of the Appeal Handbook: build (the default), preview, check, new.
// Exit codes: 0 ok, 1 content errors, 2 usage.

var input = new Option<string>("--input") { Description = "The content folder.", DefaultValueFactory = _ => RepositoryLayout.DefaultInput };
var output = new Option<string>("--output") { Description = "Where the site is written.", DefaultValueFactory = _ => RepositoryLayout.DefaultOutput };
var basePath = new Option<string?>("--base-path") { Description = "Serve the site under this path, e.g. /appeal-handbook/ (default: basePath in input/site.yml)." };
var port = new Option<int>("--port") { Description = "Port for preview.", DefaultValueFactory = _ => 5080 };
var type = new Option<string>("--type") { Description = "The violation type id (see input/_data/violation-types.yml).", Required = true };
var timings = new Option<bool>("--timings") { Description = "Print how long each module of the pipeline took." };
var noCache = new Option<bool>("--no-cache") { Description = "Build everything again, without the build cache in .build-cache/." };
var key = new Argument<string>("KEY") { Description = "The new article's kebab-case key, e.g. late-shipment-rate." };

var build = new Command("build", "Build the site into the output folder (the default command).") { input, output, basePath, timings, noCache };
build.SetAction(r => BuildCommand.Run(r.GetValue(input)!, r.GetValue(output)!, r.GetValue(basePath), checkOnly: false, r.GetValue(timings), cache: !r.GetValue(noCache)));

var check = new Command("check", "Build and run every link and structure check; exit 1 on any error.") { input, output, timings };
check.SetAction(r => BuildCommand.Run(r.GetValue(input)!, r.GetValue(output)!, null, checkOnly: true, r.GetValue(timings)));

var preview = new Command("preview", "Build, serve on http://localhost:PORT, rebuild on change and reload the open page.") { port, input };
preview.SetAction(async (r, cancellation) =>
{
    var options = BuildCommand.Options(r.GetValue(input)!, RepositoryLayout.DefaultOutput, "/");
    if (PreviewStartupCheck.Problem(options, r.GetValue(port)) is { } problem)
    {
        Console.Error.WriteLine(problem);
        return ExitCodes.Usage;
    }

    var server = new PreviewServer(options, r.GetValue(port));
    return await server.RunAsync(cancellation);
});

var create = new Command("new", "Write a new zh + en article pair with every required section.") { key, type, input };
create.SetAction(r => NewCommand.Run(r.GetValue(key)!, r.GetValue(type)!, r.GetValue(input)!));

var root = new RootCommand("Appeal Handbook: builds the bilingual handbook for Amazon sellers' appeals.") { build, check, preview, create, input, output, basePath };
root.SetAction(r => BuildCommand.Run(r.GetValue(input)!, r.GetValue(output)!, r.GetValue(basePath), checkOnly: false));

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine(error.Message);
    }

    Console.Error.WriteLine("Run `dotnet run -- --help` for the commands and options.");
    return ExitCodes.Usage;
}

return await parsed.InvokeAsync();
