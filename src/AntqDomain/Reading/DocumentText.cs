namespace AntqDomain.Reading;

/// <summary>What <see cref="DocumentInput.DecodeUtf8"/> decoded (<em>văn bản đã giải mã</em>): the text, or why it is not UTF-8.</summary>
/// <param name="Text">The decoded text without its byte-order mark, or null when the bytes are not UTF-8.</param>
/// <param name="HadByteOrderMark">Whether the bytes started with a UTF-8 byte-order mark.</param>
/// <param name="Error">Why the bytes could not be decoded (ANTQ001), or null.</param>
public sealed record DocumentText(string? Text, bool HadByteOrderMark, ReadDiagnostic? Error);
