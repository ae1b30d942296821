using System.Text;

namespace AppealHandbook.Core;

/// <summary>
/// One <see cref="StringBuilder"/> per thread for one kind of work (an article's print section,
/// its search text, a heading's text), emptied and reused: a builder per use grew block by block
/// and was thrown away, for every article of the site.
/// </summary>
/// <remarks>
/// Each kind of work has its own instance, and so its own builder on each thread: one may call
/// another while it holds its builder (the search text reads each heading's text). A builder that
/// one huge text grew past <c>largestKept</c> characters is dropped when it is given back, not kept
/// for the next.
/// </remarks>
public sealed class ThreadBuilder(int largestKept)
{
    private static int s_instances;

    /// <summary>The calling thread's builders, by <see cref="_slot"/>.</summary>
    [ThreadStatic]
    private static StringBuilder?[]? t_builders;

    private readonly int _slot = Interlocked.Increment(ref s_instances) - 1;

    /// <summary>The calling thread's builder, empty. Give it back with <see cref="Return"/> when done.</summary>
    public StringBuilder Take()
    {
        if (t_builders is null || t_builders.Length <= _slot)
        {
            Array.Resize(ref t_builders, _slot + 1);
        }

        var builder = t_builders[_slot] ??= new StringBuilder();
        builder.Clear();
        return builder;
    }

    /// <summary>Ends the use of <paramref name="builder"/>; one grown too large is let go.</summary>
    public void Return(StringBuilder builder)
    {
        if (builder.Capacity > largestKept)
        {
            t_builders![_slot] = null;
        }
    }
}
