using System.Globalization;
using System.Text;
using AntqDomain.Rules;

namespace AntqDomain.Reading;

/// <summary>
/// The bytes of a document as a user hands them over (<em>dữ liệu đầu vào</em>): a file, a pipe, standard input or a
/// device. Reading is bounded: at most the limit plus one byte is ever read from any source, whatever the source
/// claims about its length, so that <c>/dev/zero</c> or an endless pipe is refused instead of filling memory. Text
/// must be UTF-8 (a byte-order mark is allowed); anything else is refused with diagnostic ANTQ001, which names the
/// usual culprits (TCVN3, VNI, Windows-1258), or says that the text is UTF-16 when it is. Every reader of the library
/// and the <c>antq</c> command use this one implementation, so a file and the same bytes on standard input are judged
/// alike.
/// </summary>
public static class DocumentInput
{
    /// <summary>The largest input read by default, in bytes: four bytes for each character <see cref="ReaderLimits.MaxChars"/> allows.</summary>
    /// <param name="limits">The size limits; the defaults when null.</param>
    /// <returns>The number of bytes.</returns>
    public static long MaxBytes(ReaderLimits? limits = null) => (limits ?? ReaderLimits.Default).MaxChars * 4L;

    /// <summary>
    /// Reads <paramref name="stream"/> to its end, or stops one byte past <paramref name="maxBytes"/>; in that case
    /// the result holds diagnostic ANTQ002 and no bytes.
    /// </summary>
    /// <param name="stream">The source; it is read from its current position and not closed.</param>
    /// <param name="maxBytes">The most bytes accepted.</param>
    /// <returns>The bytes, or the reason they were refused.</returns>
    /// <exception cref="IOException">The source failed while being read.</exception>
    public static DocumentBytes ReadBounded(Stream stream, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            long room = maxBytes + 1 - buffer.Length;
            int read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, room));
            if (read <= 0)
            {
                return new DocumentBytes(buffer.ToArray(), null);
            }

            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return new DocumentBytes(null, TooLarge(maxBytes));
            }
        }
    }

    /// <summary>
    /// Decodes UTF-8 bytes strictly: a leading byte-order mark is dropped; any byte sequence that is not UTF-8 gives
    /// diagnostic ANTQ001 (the text is probably in a legacy Vietnamese encoding) instead of replacement characters.
    /// </summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The text, or the reason it could not be decoded.</returns>
    public static DocumentText DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        bytes = WithoutByteOrderMark(bytes, out bool bom);

        try
        {
            return new DocumentText(Strict.GetString(bytes), bom, null);
        }
        catch (DecoderFallbackException ex)
        {
            if (!bom && LooksLikeUtf16(bytes))
            {
                return new DocumentText(null, false, new ReadDiagnostic(
                    "ANTQ001",
                    FindingSeverity.Error,
                    "Tệp được lưu dạng UTF-16 (\"Unicode\" của Notepad, lệnh \">\" của Windows PowerShell 5), không phải UTF-8. Hãy lưu lại dưới dạng UTF-8.",
                    "The input is UTF-16 (Notepad's \"Unicode\", Windows PowerShell 5's \">\"), not UTF-8. Save it as UTF-8."));
            }

            string at = ex.Index >= 0 ? string.Create(CultureInfo.InvariantCulture, $" (byte {ex.Index + (bom ? 3 : 0)})") : string.Empty;
            return new DocumentText(null, bom, new ReadDiagnostic(
                "ANTQ001",
                FindingSeverity.Error,
                $"Tệp không phải UTF-8{at}: có thể là TCVN3 (ABC), VNI hoặc Windows-1258. Hãy lưu lại dưới dạng UTF-8 (Unicode).",
                $"The input is not UTF-8{at}: perhaps TCVN3 (ABC), VNI or Windows-1258. Save it as UTF-8 (Unicode)."));
        }
    }

    /// <summary>
    /// The bytes without the UTF-8 byte-order mark that Windows editors put at the start of a file; <paramref name="had"/>
    /// says whether there was one.
    /// </summary>
    internal static ReadOnlySpan<byte> WithoutByteOrderMark(ReadOnlySpan<byte> bytes, out bool had)
    {
        had = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        return had ? bytes[3..] : bytes;
    }

    /// <summary>Whether decoded text is a JSON document rather than plain text: its first non-blank character opens an object.</summary>
    /// <param name="text">The decoded text.</param>
    /// <returns>True for JSON.</returns>
    public static bool LooksLikeJson(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().TrimStart().StartsWith("{", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether bytes that are not UTF-8 are UTF-16 text: they start with its byte-order mark (FF FE or FE FF, never
    /// found in UTF-8), or, without one, every other byte of their start is zero (the high bytes of ASCII letters,
    /// digits and spaces, which every plan begins with).
    /// </summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return true;
        }

        var head = bytes[..(Math.Min(bytes.Length, 64) & ~1)];
        if (head.Length < 8)
        {
            return false;
        }

        int evenZeros = 0, oddZeros = 0;
        for (int i = 0; i < head.Length; i += 2)
        {
            evenZeros += head[i] == 0 ? 1 : 0;
            oddZeros += head[i + 1] == 0 ? 1 : 0;
        }

        int pairs = head.Length / 2;
        return Math.Max(evenZeros, oddZeros) * 4 >= pairs * 3 && Math.Min(evenZeros, oddZeros) == 0;
    }

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static ReadDiagnostic TooLarge(long maxBytes) => new(
        "ANTQ002",
        FindingSeverity.Error,
        string.Create(CultureInfo.InvariantCulture, $"Dữ liệu vượt giới hạn {maxBytes:N0} byte; đã dừng đọc."),
        string.Create(CultureInfo.InvariantCulture, $"The input is over the limit of {maxBytes:N0} bytes; reading stopped there."));
}
