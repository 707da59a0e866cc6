using AntqDomain.Docx;
using AntqDomain.Serialization;
using AntqDomain.Reading;
using AntqDomain.Rules;

namespace AntqDomain.Cli;

/// <summary>
/// One input of the command: its name and what it holds — decoded text (strict UTF-8), or a Word file already read —
/// or why it could not be loaded.
/// </summary>
internal sealed record InputFile(string Name, string? Content, bool IsJson, ReadDiagnostic? Error, DocxReadResult? Word = null, byte[]? WordBytes = null)
{
    private static readonly string[] WordExtensions = [".docx", ".doc", ".docm", ".dotx", ".odt", ".rtf", ".pdf"];

    /// <summary>Whether the input is a Word file (or a file sent instead of one): its locations are paragraphs.</summary>
    public bool IsWord => Word is not null;

    /// <summary>
    /// Loads a path, or standard input for "-". Both go through the library's one bounded, strict reader, so "-"
    /// is judged exactly like a file: the same size limit, the same UTF-8 check, a byte-order mark allowed. A JSON
    /// document is told by its ".json" extension, or on standard input by its content; a Word file by its extension
    /// or its first bytes (a PDF or a legacy .doc under any name gets the Word reader's "save as .docx" message).
    /// </summary>
    public static InputFile Load(string path, Stream stdin)
    {
        bool byName = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        try
        {
            DocumentBytes bytes;
            if (path == "-")
            {
                bytes = DocumentInput.ReadBounded(stdin, DocumentInput.MaxBytes());
            }
            else if (Directory.Exists(path))
            {
                return Failed(path, byName, "Đây là một thư mục, không phải tệp.", "This is a directory, not a file.");
            }
            else if (!File.Exists(path))
            {
                return Failed(path, byName, "Không tìm thấy tệp.", "File not found.");
            }
            else
            {
                // The length a file system reports is not trusted (devices, pipes and /proc report 0): the read is bounded.
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                bytes = DocumentInput.ReadBounded(stream, DocumentInput.MaxBytes());
            }

            if (bytes.Error is { } tooLarge)
            {
                return new InputFile(path, null, byName, tooLarge);
            }

            if (IsWordName(path) || LooksLikeOfficeOrPdf(bytes.Bytes!))
            {
                var word = DocxPlanReader.Default.Read(bytes.Bytes!);
                return new InputFile(path, word.Text, false, word.Success ? null : word.Result.Diagnostics.FirstOrDefault(d => d.Severity == FindingSeverity.Error), word, bytes.Bytes);
            }

            var text = DocumentInput.DecodeUtf8(bytes.Bytes!);
            if (text.Error is { } notUtf8)
            {
                return new InputFile(path, null, byName, notUtf8);
            }

            return new InputFile(path, text.Text, path == "-" ? DocumentInput.LooksLikeJson(text.Text!) : byName, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Failed(path, byName, $"Không đọc được tệp: {ex.Message}", $"Cannot read the file: {ex.Message}");
        }
    }

    private static bool IsWordName(string path) => WordExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private static bool LooksLikeOfficeOrPdf(byte[] bytes)
        => bytes.AsSpan().StartsWith("%PDF"u8) || bytes.AsSpan().StartsWith("PK\u0003\u0004"u8) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]);

    private static InputFile Failed(string path, bool json, string vi, string en)
        => new(path, null, json, new ReadDiagnostic("ANTQ001", FindingSeverity.Error, vi, en));

    /// <summary>Reads the input as a plan.</summary>
    public PlanReadResult Read() => Word?.Result ?? (IsJson ? PlanJson.Read(Content!) : PlanTextReader.Default.Read(Content!));

    /// <summary>Reads the file as any kind of document: JSON by its "kind", text and Word files as a plan.</summary>
    public SubjectReadResult ReadSubject()
    {
        if (IsJson)
        {
            return SubjectJson.Read(Content!);
        }

        var plan = Read();
        return new SubjectReadResult(plan.Success ? SubjectKinds.Plan : null, plan.Plan, null, null, null, plan.Diagnostics);
    }

    /// <summary>A finding's document with its Word position (paragraph, table cell) in place of a text line and column.</summary>
    public FindingDocument Locate(FindingDocument document, Documents.Location? at)
    {
        if (Word?.PositionOf(at) is not { } p)
        {
            return document;
        }

        return document with { Line = null, Column = null, Paragraph = p.Paragraph, Table = p.Table, Row = p.Row, Cell = p.Cell };
    }

    /// <summary>A diagnostic's document with its Word paragraph in place of a text line and column.</summary>
    public DiagnosticDocument Locate(DiagnosticDocument document, Documents.Location? at)
        => Word?.PositionOf(at) is { } p ? document with { Line = null, Column = null, Paragraph = p.Paragraph } : document;
}
