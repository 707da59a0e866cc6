namespace AntqDomain.Reading;

/// <summary>What <see cref="DocumentInput.ReadBounded"/> read (<em>dữ liệu đã đọc</em>): the bytes, or why they were refused.</summary>
/// <param name="Bytes">The bytes read, or null when refused.</param>
/// <param name="Error">Why the input was refused (ANTQ002 for an oversized input), or null.</param>
public sealed record DocumentBytes(byte[]? Bytes, ReadDiagnostic? Error);
