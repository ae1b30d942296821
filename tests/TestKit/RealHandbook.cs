using AppealHandbook.Core;
using AppealHandbook.Pipeline;

namespace AppealHandbook.Tests.TestKit;

/// <summary>The real handbook (<c>input/</c>) built once into a temporary folder, shared by the tests that read it.</summary>
public sealed class RealHandbook : IDisposable
{
    /// <summary>Builds the real input.</summary>
    public RealHandbook()
    {
        Root = Directory.CreateTempSubdirectory("handbook-real-").FullName;
        Result = SiteBuilder.Build(new BuildOptions
        {
            InputDirectory = Repository.Input,
            OutputDirectory = Output,
            ThemeDirectory = Repository.Theme,
            DisplayRoot = Repository.Root,
        });
    }

    /// <summary>The temporary folder.</summary>
    public string Root { get; }

    /// <summary>Where the site was written.</summary>
    public string Output => Path.Combine(Root, "output");

    /// <summary>The build's result.</summary>
    public BuildResult Result { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Harmless.
        }
    }
}

/// <summary>Tests in this collection share one build of the real handbook.</summary>
[CollectionDefinition("real handbook")]
public sealed class RealHandbookCollection : ICollectionFixture<RealHandbook>;
