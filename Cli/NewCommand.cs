using AppealHandbook.Core;
using AppealHandbook.Content;
using AppealHandbook.Data;
using AppealHandbook.Pipeline;

namespace AppealHandbook.Cli;

/// <summary><c>new KEY --type TYPE</c>: writes the zh and en articles of a new key from the template.</summary>
internal static class NewCommand
{
    public static int Run(string key, string type, string input)
    {
        var state = new BuildState(BuildCommand.Options(input, RepositoryLayout.DefaultOutput, null));
        var readSiteData = new ReadSiteData();
        readSiteData.Execute(state.For(readSiteData));
        if (state.Diagnostics.HasErrors)
        {
            DiagnosticPrinter.Print(state.Diagnostics.Sorted(), Console.Out);
            return ExitCodes.ContentErrors;
        }

        // The build's own rule, so that `new` never writes files the next build rejects.
        if (ArticleKey.Check(key) != ArticleKeyProblem.None)
        {
            Console.Error.WriteLine($"'{MessageText.Shorten(key)}' cannot be a key: use lowercase ASCII letters, digits and single hyphens (e.g. late-shipment-rate), none of: {string.Join(", ", ArticleKey.Reserved)}, and no Windows device name (con, nul, com1...).");
            return ExitCodes.Usage;
        }

        var data = state.Get(DataFacts.SiteData);
        var violationType = data.FindType(type);
        if (violationType is null)
        {
            Console.Error.WriteLine($"'{MessageText.Shorten(type)}' is not a violation type. Use one of: {string.Join(", ", data.Types.Select(t => t.Id))}.");
            return ExitCodes.Usage;
        }

        var paths = Language.All.ToDictionary(lang => lang, lang => Path.Combine(input, lang, key + ".md"));
        if (paths.Values.FirstOrDefault(File.Exists) is { } existing)
        {
            Console.Error.WriteLine($"{existing} already exists. Edit it, or choose another key.");
            return ExitCodes.Usage;
        }

        var today = DateOnly.FromDateTime(DateTime.Now);
        var written = new List<string>();
        foreach (var (lang, path) in paths)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, ArticleTemplate.Create(key, violationType, lang, data.Structure, today));
                written.Add(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Both languages or neither: a lone half would fail the next build with ST001.
                written.ForEach(File.Delete);
                Console.Error.WriteLine($"{path} could not be written ({ex.Message}). Check that {Path.GetDirectoryName(path)} is a folder you can write to; nothing was written.");
                return ExitCodes.ContentErrors;
            }
        }

        written.ForEach(path => Console.WriteLine($"Wrote {path}"));

        Console.WriteLine("Fill in every section in both languages, then run `dotnet run -- preview` to read it and `dotnet run -- check` before you open a pull request.");
        return ExitCodes.Ok;
    }
}
