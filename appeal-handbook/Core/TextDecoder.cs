using System.Text;

namespace AppealHandbook.Core;

/// <summary>
/// Turns a file's bytes into text the way a contributor's editor would expect, or says why it cannot.
/// </summary>
/// <remarks>
/// Articles must be UTF-8. A UTF-8 byte-order mark is accepted and dropped; UTF-16 and invalid
/// UTF-8 are rejected with a fix, because silently guessing an encoding garbles Chinese text.
/// CRLF and lone CR line endings become LF so that line numbers match every editor.
/// </remarks>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>; returns null and an explanation when they are not UTF-8 text.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string? problem)
    {
        problem = null;
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            problem = "The file is UTF-16. Save it as UTF-8 (in most editors: 'Save with encoding' > UTF-8).";
            return null;
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            problem = "The file is not valid UTF-8 (is it binary, or saved as GBK?). Save it as UTF-8.";
            return null;
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            problem = "The file contains NUL characters, so it is probably binary, not Markdown. Remove it or save it as UTF-8 text.";
            return null;
        }

        return NormalizeLineEndings(text);
    }

    /// <summary>Converts CRLF and CR to LF.</summary>
    public static string NormalizeLineEndings(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
}
