using System.Buffers;

namespace AppealHandbook.Cache;

/// <summary>
/// An article's search postings as the build cache stores them: one run of 7-bit encoded numbers
/// (token, section, weight for each posting), read straight from the cache file and written back
/// as they are. A 10,000-page handbook has about ten million postings: as objects they would cost
/// a hundred megabytes to load and save for every build, as bytes they are read once, when the
/// search index gathers them. Read from the cache, they are a slice of the cache file's bytes, not
/// a copy: fifty megabytes at 10,000 pages that the collector would otherwise move as they age.
/// </summary>
public sealed class PackedPostings(ReadOnlyMemory<byte> bytes, int count)
{
    /// <summary>No postings.</summary>
    public static PackedPostings Empty { get; } = new(ReadOnlyMemory<byte>.Empty, 0);

    /// <summary>The encoded postings.</summary>
    public ReadOnlyMemory<byte> Bytes => bytes;

    /// <summary>How many postings.</summary>
    public int Count => count;

    /// <summary>Packs <paramref name="postings"/>.</summary>
    public static PackedPostings Pack(IReadOnlyCollection<SearchPosting> postings)
    {
        var buffer = new ArrayBufferWriter<byte>(postings.Count * 5);
        foreach (var posting in postings)
        {
            Write(buffer, posting.Token);
            Write(buffer, posting.Section);
            Write(buffer, posting.Weight);
        }

        return new PackedPostings(buffer.WrittenSpan.ToArray(), postings.Count);
    }

    /// <summary>The postings, in the order they were packed.</summary>
    public Enumerator GetEnumerator() => new(bytes);

    /// <summary>Reads the postings one by one without allocating.</summary>
    public struct Enumerator(ReadOnlyMemory<byte> bytes)
    {
        private int _at;

        /// <summary>The posting just read.</summary>
        public SearchPosting Current { get; private set; }

        /// <summary>Reads the next posting; false at the end.</summary>
        public bool MoveNext()
        {
            if (_at >= bytes.Length)
            {
                return false;
            }

            var span = bytes.Span;
            Current = new SearchPosting(Read(span), Read(span), Read(span));
            return true;
        }

        private int Read(ReadOnlySpan<byte> span)
        {
            var value = 0;
            for (var shift = 0; ; shift += 7)
            {
                var b = span[_at++];
                value |= (b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }
        }
    }

    /// <summary>Whether <paramref name="bytes"/> hold exactly <paramref name="count"/> postings whose tokens are below <paramref name="tokens"/>.</summary>
    public static bool IsValid(ReadOnlySpan<byte> bytes, int count, int tokens)
    {
        var at = 0;
        for (var i = 0; i < count * 3; i++)
        {
            var value = 0L;
            for (var shift = 0; ; shift += 7)
            {
                if (at >= bytes.Length || shift > 28)
                {
                    return false;
                }

                var b = bytes[at++];
                value |= (long)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    break;
                }
            }

            if (value > int.MaxValue || (i % 3 == 0 && value >= tokens))
            {
                return false;
            }
        }

        return at == bytes.Length;
    }

    private static void Write(ArrayBufferWriter<byte> buffer, int value)
    {
        var v = (uint)value;
        while (v >= 0x80)
        {
            buffer.GetSpan(1)[0] = (byte)(v | 0x80);
            buffer.Advance(1);
            v >>= 7;
        }

        buffer.GetSpan(1)[0] = (byte)v;
        buffer.Advance(1);
    }
}
