using AppealHandbook.Core;

namespace AppealHandbook.Cache;

/// <summary>
/// Writes through to a file while computing the hash of what passed (<see cref="ContentHash"/>), so
/// the cache file is written in one pass, without a copy of tens of megabytes in memory first.
/// </summary>
internal sealed class HashingStream(Stream inner) : Stream
{
    private readonly System.IO.Hashing.XxHash128 _hash = ContentHash.Incremental();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>The hash of everything written so far.</summary>
    public ContentHash Hash() => ContentHash.Of(_hash);

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _hash.Append(buffer);
        inner.Write(buffer);
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
