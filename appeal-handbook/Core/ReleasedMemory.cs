using System.Runtime;

namespace AppealHandbook.Core;

/// <summary>
/// Counts the long-lived data a module lets go of as it goes (the sources in the article stage,
/// the articles' text in the search index) and collects (<see cref="Collect"/>) once a threshold
/// of bytes has gone, so what the module makes next takes their place instead of growing the process
/// beside them.
/// </summary>
/// <remarks>
/// That data was read early in the build, so it sits in the collector's oldest generation, which a
/// batch collector visits only when that generation has grown by about its own size again: the
/// pages, postings and sections made in its place came on top of it, and resident memory grew
/// with the size of the site. A collection that compacts and hands freed memory back keeps a large
/// site's peak near what is alive, for one pause each time.
/// </remarks>
public sealed class ReleasedMemory(long threshold)
{
    /// <summary>
    /// What a module lets go of before it collects: 128 MiB. A 10,000-page handbook lets go of less
    /// in each place, so its build never pays for a collection here (bench/RESULTS.md measures
    /// what one would cost it).
    /// </summary>
    public const long DefaultThreshold = 128L << 20;

    private long _released;
    private int _collections;

    /// <summary>How many collections this counter has made.</summary>
    internal int Collections => _collections;

    /// <summary>The module let go of <paramref name="bytes"/> of long-lived data; collects if that makes the threshold since the last collection.</summary>
    public void LetGo(long bytes)
    {
        // Of threads that cross the threshold together, the one that takes the count collects.
        if (Interlocked.Add(ref _released, bytes) >= threshold && Interlocked.Exchange(ref _released, 0) >= threshold)
        {
            Interlocked.Increment(ref _collections);
            Collect();
        }
    }

    /// <summary>
    /// One blocking collection of every generation, the large objects included, that compacts the
    /// heap and hands the freed memory back to the system, so that resident memory comes down to
    /// what is alive.
    /// </summary>
    public static void Collect()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    /// <summary>The bytes a string's characters take.</summary>
    public static long Of(string text) => 2L * text.Length;
}
