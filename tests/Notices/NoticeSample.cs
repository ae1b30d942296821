namespace AppealHandbook.Tests.Notices;

/// <summary>
/// A notice written in the style Amazon's notices use, with what the decoder must find in it:
/// a header of <c>key:</c>, <c>asins:</c>, <c>orders:</c> and <c>deadlines:</c> lines (values
/// comma-separated, in the order they appear; deadlines as ISO dates or "17 days"), a line
/// <c>---</c>, then the notice.
/// </summary>
public sealed record NoticeSample(string Name, string Key, IReadOnlyList<string> Asins, IReadOnlyList<string> Orders, IReadOnlyList<string> Deadlines, string Text)
{
    /// <summary>The folder of the samples.</summary>
    public static string Folder => Path.Combine(TestKit.Repository.Root, "tests", "Notices", "Samples");

    /// <summary>
    /// One-sentence paraphrases, worded unlike Amazon's notices and written without looking at the
    /// phrase files: a measure of how the decoder copes with wording it was not given.
    /// </summary>
    public static string ParaphraseFolder => Path.Combine(TestKit.Repository.Root, "tests", "Notices", "Paraphrases");

    /// <summary>Every sample, by file name.</summary>
    public static IEnumerable<NoticeSample> All =>
        Directory.EnumerateFiles(Folder, "*.txt").Order(StringComparer.Ordinal).Select(Read);

    /// <summary>Every paraphrase, by file name.</summary>
    public static IEnumerable<NoticeSample> Paraphrases =>
        Directory.EnumerateFiles(ParaphraseFolder, "*.txt").Order(StringComparer.Ordinal).Select(Read);

    /// <summary>Reads one sample file.</summary>
    public static NoticeSample Read(string path)
    {
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var split = text.IndexOf("\n---\n", StringComparison.Ordinal);
        Assert.True(split > 0, $"{path}: the header ends with a line '---'");
        var header = text[..split].Split('\n')
            .Select(l => l.Split(':', 2))
            .ToDictionary(p => p[0].Trim(), p => p.Length > 1 ? p[1].Trim() : "", StringComparer.Ordinal);
        IReadOnlyList<string> List(string name) =>
            header.TryGetValue(name, out var v) && v.Length > 0 ? [.. v.Split(',').Select(s => s.Trim())] : [];
        return new NoticeSample(Path.GetFileNameWithoutExtension(path), header["key"], List("asins"), List("orders"), List("deadlines"), text[(split + 5)..]);
    }
}
