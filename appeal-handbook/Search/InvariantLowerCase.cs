using System.Text;

namespace AppealHandbook.Search;

/// <summary>
/// Lowercases text as <see cref="MemoryExtensions.ToLowerInvariant(ReadOnlySpan{char}, Span{char})"/>
/// does, character for character, but runs of ASCII a vector at a time and Chinese ideographs
/// (which have no case) without a look-up.
/// </summary>
/// <remarks>
/// The search index lowercases every article's text, twice (its tokens and the glossary terms it
/// mentions). The engine runs with invariant globalization, where the framework looks each
/// character up in its Unicode tables, ASCII included.
/// </remarks>
internal static class InvariantLowerCase
{
    /// <summary>Writes <paramref name="source"/> lowercased into <paramref name="destination"/>, which is at least as long.</summary>
    public static void Write(ReadOnlySpan<char> source, Span<char> destination)
    {
        while (!source.IsEmpty)
        {
            // Up to the first character outside ASCII.
            Ascii.ToLower(source, destination, out var written);
            source = source[written..];
            destination = destination[written..];

            // Then up to the next ASCII one.
            var i = 0;
            for (; i < source.Length && source[i] >= '\u0080'; i++)
            {
                var c = source[i];
                if (char.IsSurrogate(c))
                {
                    // A character beyond the first plane lowercases as a pair: the framework's walk does that.
                    source[i..].ToLowerInvariant(destination[i..]);
                    return;
                }

                destination[i] = SearchTokenizer.IsCjk(c) ? c : char.ToLowerInvariant(c);
            }

            source = source[i..];
            destination = destination[i..];
        }
    }
}
